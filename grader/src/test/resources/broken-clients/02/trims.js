// Broken on purpose: trims what it sends.
/*
 * 레슨 02 · 브라우저 클라이언트 / Lesson 02 · Browser client
 *
 * 튜토리얼 001 의 client.js 를 이 파일에 씁니다: 입력한 글을 보내고, 환영 인사를 포함해 받은 글을 모두 보여 줍니다.
 * 페이지 (web/02-welcome/index.html, 채점기는 같은 id 의 자기 페이지) 가 이 파일을 불러옵니다. 채점: ./workbook check 02
 * Tutorial 001's client.js goes in this file: send what is typed, show everything received, the welcome included.
 * The page loads it. Grade it with ./workbook check 02.
 */
'use strict';

// ── 주어진 부분 (고치지 않아도 됩니다) · Given (no need to change) ──────────────────────────────────────────────
// 튜토리얼은 'ws://localhost:8080' 을 적어 두지만 워크북의 포트는 그때그때 다릅니다: 페이지가 주소를 알려 줍니다.
// The tutorial writes 'ws://localhost:8080'; the workbook's ports vary, so the page tells you the address.
const SERVER_URL = document.body.dataset.server;
const statusLine = document.getElementById('status');
const messages = document.getElementById('messages');
const input = document.getElementById('message');
const sendButton = document.getElementById('send');

/** #status 에 상태 (connecting, open, closed, error) 와 글을 적습니다. Writes a state and its words into #status. */
function showStatus(state, ko, en) {
  statusLine.dataset.state = state;
  statusLine.textContent = `${ko} · ${en}`;
}

/** 아직 쓰지 않은 자리: #status 에 크게 알리고 멈춥니다. A place not written yet: says so in #status, then stops. */
function notImplemented(what) {
  statusLine.dataset.state = 'not-implemented';
  statusLine.textContent = `아직 구현하지 않았습니다: ${what} · Not implemented yet: ${what} (lessons/02-welcome/client.js)`;
  throw new Error(`Not implemented yet: ${what} (lessons/02-welcome/client.js)`);
}
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

const ws = new WebSocket(SERVER_URL);

ws.onopen = () => {
  showStatus('open', '연결됨', 'Connected');
};

ws.onmessage = (event) => {
  const item = document.createElement('li');
  item.textContent = event.data; // a message is data, not markup
  messages.appendChild(item);
};

ws.onclose = () => {
  showStatus('closed', '연결이 닫혔습니다', 'Connection closed');
};

ws.onerror = () => {
  showStatus('error', '연결 오류', 'Connection error');
};

sendButton.addEventListener('click', () => {
  const text = input.value;
  if (text === '' || ws.readyState !== WebSocket.OPEN) {
    return;
  }
  ws.send(text.trim());
  input.value = '';
});
