// Reproduces tutorial 001 (web course), 8.5 "서버 코드 작성" (also its exercise 1): a newcomer is welcomed, and
// each message is answered with `You said: ${message}`. Rewritten for the workbook's tests; the only change is that
// the port comes from process.env.PORT (the test picks a free one) instead of 8080.
const WebSocket = require('ws');

const port = Number(process.env.PORT);
const server = new WebSocket.Server({ port });

server.on('connection', (socket) => {
  socket.on('message', (data) => {
    console.log(`Received message => ${data}`);
    socket.send(`You said: ${data}`);
  });

  socket.send('Welcome to the WebSocket server!');
});

console.log(`WebSocket server is running on ws://localhost:${port}`);
