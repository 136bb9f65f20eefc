// Tutorial 001, 8.5 "실시간 알림 시스템": every 5 seconds, every open client gets the same notification.
// Lesson 06's grader passes it when told the period: ./workbook check 06 --url ws://localhost:PORT --period 5s
const WebSocket = require('ws');

const port = Number(process.env.PORT || 8080);
const wss = new WebSocket.Server({ port });

function notifyEveryone(text) {
  wss.clients.forEach((client) => {
    if (client.readyState === WebSocket.OPEN) {
      client.send(text);
    }
  });
}

setInterval(() => notifyEveryone('This is a real-time notification'), 5000);

console.log(`WebSocket notification server is running on ws://localhost:${port}`);
