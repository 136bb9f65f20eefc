// Hostile on purpose: posts to a local HTTP service from the page, as a page would that looked for chromedriver's
// port to start a "browser" of its choosing. @PORT@ is the test's own listener, which records the request's Origin.
'use strict';
const statusLine = document.getElementById('status');
const ws = new WebSocket(document.body.dataset.server);
ws.onopen = () => {
  statusLine.dataset.state = 'open';
  fetch('http://127.0.0.1:@PORT@/session', { method: 'POST', mode: 'no-cors', body: '{"capabilities":{}}' })
    .catch(() => 'refused')
    .finally(() => ws.send('Hello Server!'));
};
ws.onclose = () => { statusLine.dataset.state = 'closed'; };
ws.onerror = () => { statusLine.dataset.state = 'error'; };
