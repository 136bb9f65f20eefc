// Tutorial 003's relay as it behaved on ws 7, the version the tutorial was written for: every message goes on to
// every other open client in the kind of frame it came in, text as text and binary as binary. ws 8 hands the
// handler a Buffer and an isBinary flag; passing the flag on is how ws 8 keeps ws 7's behaviour. The port comes
// from process.env.PORT (the test picks a free one).
const WebSocket = require('ws');

const port = Number(process.env.PORT);
const server = new WebSocket.Server({ port });

server.on('connection', function (socket) {
  socket.on('message', function (data, isBinary) {
    server.clients.forEach(function (client) {
      if (client !== socket && client.readyState === WebSocket.OPEN) {
        client.send(data, { binary: isBinary });
      }
    });
  });
});
