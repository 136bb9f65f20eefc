// Correct, written differently from the reference: addEventListener, div items made of text nodes, setAttribute.
(function () {
  const status = document.querySelector('#status');
  const list = document.querySelector('#messages');
  function say(state) {
    status.setAttribute('data-state', state);
    status.innerText = state;
  }
  const socket = new WebSocket(document.body.dataset.server);
  socket.addEventListener('open', function () {
    say('open');
    socket.send('Hello ' + 'Server!');
  });
  socket.addEventListener('message', function (event) {
    const div = document.createElement('div');
    div.appendChild(document.createTextNode(event.data));
    list.append(div);
  });
  socket.addEventListener('error', function () { say('error'); });
  socket.addEventListener('close', function () {
    if (status.getAttribute('data-state') !== 'error') say('closed');
  });
})();
