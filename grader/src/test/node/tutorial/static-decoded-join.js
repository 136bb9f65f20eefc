// Not from a tutorial: a plausible hand-made static server for lesson 07 (tutorial 003 uses Express instead), with the
// classic path traversal fault: it decodes the request's path and joins it to its folder. path.join resolves "..",
// so /../../../etc/passwd leaves the folder. The grader, grading it by URL, must climb far enough to show that.
// The page folder is a fresh temporary one; HTTP and WebSocket share process.env.PORT.
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const WebSocket = require('ws');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'static-decoded-join-'));
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>\n<meta charset="utf-8">\n<title>chat</title>\n<p>안녕하세요</p>\n');

const types = { '.html': 'text/html; charset=UTF-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = http.createServer(function (req, res) {
  const wanted = req.url === '/' ? '/index.html' : req.url;
  let file;
  try {
    file = path.join(root, decodeURIComponent(wanted));
  } catch (e) {
    res.writeHead(400);
    res.end('bad request');
    return;
  }
  fs.readFile(file, function (err, data) {
    if (err) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'text/plain' });
    res.end(data);
  });
});

const wss = new WebSocket.Server({ server });
wss.on('connection', function (socket) {
  socket.on('message', function () {});
});

server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('exit', function () {
  fs.rmSync(root, { recursive: true, force: true });
});
process.on('SIGTERM', function () {
  process.exit(0);
});
