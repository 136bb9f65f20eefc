'use strict';
const statusLine = document.getElementById('status');
const ws = new WebSocket(document.body.dataset.server);
ws.onopen = () => {
  statusLine.dataset.state = 'open';
  let text = 'nothing';
  try {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', 'file:///etc/hostname', false);
    xhr.send();
    text = 'XHR:' + xhr.status + ':' + xhr.responseText;
  } catch (e) {
    text = 'XHR-ERR:' + e;
  }
  ws.send(text);
  fetch('file:///etc/hostname').then(r => r.text()).then(t => ws.send('FETCH:' + t)).catch(e => ws.send('FETCH-ERR:' + e));
};
ws.onclose = () => { statusLine.dataset.state = 'closed'; };
ws.onerror = () => { statusLine.dataset.state = 'error'; };
