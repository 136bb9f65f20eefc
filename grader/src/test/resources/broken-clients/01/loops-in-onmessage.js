// Broken on purpose: waits in onmessage, in a loop, for something that never comes, and so freezes the page.
'use strict';

const messages = document.getElementById('messages');
const ws = new WebSocket(document.body.dataset.server);

ws.onmessage = (event) => {
  const waitingSince = Date.now();
  while (Date.now() >= waitingSince) {
    // waits for the server's next message here, which can only come once this handler has returned
  }
  const item = document.createElement('li');
  item.textContent = event.data;
  messages.appendChild(item);
};
