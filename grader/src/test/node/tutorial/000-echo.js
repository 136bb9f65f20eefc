// Reproduces tutorial 000 (Node.js course), 4.2.4 "기본 WebSocket 서버 설정": each message goes back to its sender
// as `Server received: ${message}`. Rewritten for the workbook's tests; the only change is that the port comes
// from process.env.PORT (the test picks a free one) instead of 8080.
const WebSocket = require('ws');

const port = Number(process.env.PORT);
const server = new WebSocket.Server({ port });

server.on('connection', (socket) => {
  console.log('Client connected');

  socket.on('message', (data) => {
    console.log(`Received message: ${data}`);
    socket.send(`Server received: ${data}`);
  });

  socket.on('close', () => console.log('Client disconnected'));
});

console.log(`WebSocket server is running on ws://localhost:${port}`);
