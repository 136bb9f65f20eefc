// Broken on purpose: waits in onmessage, in a loop, for something that never comes, and so freezes the page.
/*
 * 레슨 01 · 과제 4 · 브라우저 클라이언트 / Lesson 01 · Task 4 · Browser client
 *
 * 튜토리얼 000 의 index.html 스크립트를 이 파일에 씁니다. 페이지 (web/01-echo/index.html, 채점기는 같은 id 의 자기 페이지)
 * 가 이 파일을 불러옵니다. 채점: ./workbook check 01
 * The script of tutorial 000's index.html goes in this file. The page loads it. Grade it with ./workbook check 01.
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
  statusLine.textContent = `아직 구현하지 않았습니다: ${what} · Not implemented yet: ${what} (lessons/01-echo/client.js)`;
  throw new Error(`Not implemented yet: ${what} (lessons/01-echo/client.js)`);
}
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

const ws = new WebSocket(SERVER_URL);

ws.onopen = () => {
  showStatus('open', '연결됨', 'Connected');
  ws.send('Hello Server!');
};

ws.onmessage = (event) => {
  const waitingSince = Date.now();
  while (Date.now() >= waitingSince) {
    // waits for the server's next message here, which can only come once this handler has returned
  }
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

// 해 보기 (채점하지 않음): #send 를 누르면 #message 의 글을 보냅니다. 레슨 02 에서 직접 씁니다.
// To try things out (not graded): #send sends what #message holds. You write this yourself in lesson 02.
sendButton.addEventListener('click', () => {
  if (ws.readyState === WebSocket.OPEN) {
    ws.send(input.value);
    input.value = '';
  }
});
