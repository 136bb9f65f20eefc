// Tutorial 000, 4.2.4 "채널 기반 멀티플렉싱": the channel server as the tutorial builds it, both defects included.
// Every message goes through both 'message' handlers. The first relays it to its channel, so a subscribe request
// reaches the channel as "Channel C: undefined"; and JSON.parse throws, uncaught, on text that is not JSON, which
// ends the process. Lesson 05's grader must catch both.
const WebSocket = require('ws');

const port = Number(process.env.PORT || 8080);
const wss = new WebSocket.Server({ port });

wss.on('connection', (ws) => {
  console.log('Client connected');

  ws.on('message', (data) => {
    const request = JSON.parse(data);
    wss.clients.forEach((client) => {
      if (client.readyState === WebSocket.OPEN && client.channel === request.channel) {
        client.send(`Channel ${request.channel}: ${request.content}`);
      }
    });
  });

  ws.on('message', (data) => {
    const request = JSON.parse(data);
    if (request.type === 'subscribe') {
      ws.channel = request.channel;
      ws.send(`Subscribed to channel: ${request.channel}`);
    }
  });

  ws.on('close', () => {
    console.log('Client disconnected');
  });
});

console.log(`WebSocket server is running on ws://localhost:${port}`);
