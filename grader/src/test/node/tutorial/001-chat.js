// Reproduces tutorial 001 (web course), 8.5 "채팅 애플리케이션" (also its exercise 2): each message object is sent
// on, as it was received, to every open client. With ws 8 that object is a Buffer, so it leaves as a BINARY frame
// (a browser shows [object Blob]); the grader must say so. Rewritten for the workbook's tests; the only change is
// that the port comes from process.env.PORT (the test picks a free one) instead of 8080.
const WebSocket = require('ws');

const port = Number(process.env.PORT);
const server = new WebSocket.Server({ port });

server.on('connection', (socket) => {
  socket.on('message', (data) => {
    server.clients.forEach((client) => {
      if (client.readyState === WebSocket.OPEN) {
        client.send(data);
      }
    });
  });
});

console.log(`WebSocket chat server is running on ws://localhost:${port}`);
