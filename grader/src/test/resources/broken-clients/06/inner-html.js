// Broken on purpose: shows notifications with innerHTML.
/*
 * 레슨 06 · 브라우저 클라이언트 / Lesson 06 · Browser client
 *
 * 튜토리얼 001 의 알림 클라이언트에 004 (2-4) 의 답장을 더해 이 파일에 씁니다: 알림을 모두 #notifications 에 보여 주고,
 * 서버에서 메시지가 올 때마다 답장을 한 번 보냅니다. 페이지 (web/06-notifications/index.html, 채점기는 같은 id 의 자기
 * 페이지) 가 이 파일을 불러옵니다. 채점: ./workbook check 06
 * Tutorial 001's notification client with 004's reply (2-4) goes in this file: show every notification in
 * #notifications, and answer each message from the server once. The page loads it. Grade it with ./workbook check 06.
 */
'use strict';

// ── 주어진 부분 (고치지 않아도 됩니다) · Given (no need to change) ──────────────────────────────────────────────
// 튜토리얼은 'ws://localhost:8080' 을 적어 두지만 워크북의 포트는 그때그때 다릅니다: 페이지가 주소를 알려 줍니다.
// The tutorial writes 'ws://localhost:8080'; the workbook's ports vary, so the page tells you the address.
const SERVER_URL = document.body.dataset.server;
const REPLY = '클라이언트에서 서버로 답장을 보냅니다';
const statusLine = document.getElementById('status');
const notifications = document.getElementById('notifications');
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
  statusLine.textContent = `아직 구현하지 않았습니다: ${what} · Not implemented yet: ${what} (lessons/06-notifications/client.js)`;
  throw new Error(`Not implemented yet: ${what} (lessons/06-notifications/client.js)`);
}
// ─────────────────────────────────────────────────────────────────────────────────────────────────────────────

const ws = new WebSocket(SERVER_URL);

ws.onopen = () => {
  showStatus('open', '연결됨', 'Connected');
};

ws.onmessage = (event) => {
  const item = document.createElement('li');
  item.innerHTML = event.data;
  notifications.appendChild(item);
  ws.send(REPLY);
};

ws.onclose = () => {
  showStatus('closed', '연결이 닫혔습니다', 'Connection closed');
};

ws.onerror = () => {
  showStatus('error', '연결 오류', 'Connection error');
};

// 해 보기 (채점하지 않음): #send 를 누르면 #message 의 글을 보냅니다. 서버는 로그만 남깁니다.
// To try things out (not graded): #send sends what #message holds; the server only logs it.
sendButton.addEventListener('click', () => {
  if (ws.readyState === WebSocket.OPEN && input.value !== '') {
    ws.send(input.value);
    input.value = '';
  }
});
