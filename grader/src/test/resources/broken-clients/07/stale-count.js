// Broken on purpose: updates the head count on joins only.
/*
 * 레슨 07 · 브라우저 클라이언트 / Lesson 07 · Browser client
 *
 * 튜토리얼 002 과제 3 의 front/index.html 스크립트를 이 파일에 씁니다 (003 의 채팅 페이지와 같은 모양): 이름과 메시지를
 * JSON 으로 보내고, 채팅·입장·퇴장 줄을 모두 보여 주며, #count 에 지금 인원을 적습니다. 이 폴더 (front) 는 여러분의
 * ChatRoomServer 의 Undertow 가 내줍니다. 채점: ./workbook check 07
 * The script of tutorial 002's front/index.html (task 3; the shape of 003's chat page) goes in this file: send the
 * name and message as JSON, show every chat, join and leave line, and keep #count up to date. Your ChatRoomServer's
 * Undertow serves this folder (front). Grade it with ./workbook check 07.
 */
'use strict';

// ── 주어진 부분 (고치지 않아도 됩니다) · Given (no need to change) ──────────────────────────────────────────────
// 서버 주소: ?ws=ws://호스트:포트 가 있으면 그것, 없으면 튜토리얼처럼 이 페이지의 호스트의 8001 번 포트.
// The server's address: ?ws=ws://host:port when given, otherwise port 8001 of this page's host, as in the tutorial.
const SERVER_URL = new URLSearchParams(location.search).get('ws') || `ws://${location.hostname || 'localhost'}:8001`;
const statusLine = document.getElementById('status');
const messages = document.getElementById('messages');
const count = document.getElementById('count');
const nameInput = document.getElementById('name');
const messageInput = document.getElementById('message');
const sendButton = document.getElementById('send');

/** #status 에 상태 (connecting, open, closed, error) 와 글을 적습니다. Writes a state and its words into #status. */
function showStatus(state, ko, en) {
  statusLine.dataset.state = state;
  statusLine.textContent = `${ko} · ${en}`;
}

/** "새로운 유저 접속 [현재: 3명]" 이나 "유저 연결 해제 [현재: 3명]" 이면 3, 다른 줄이면 null. The N of a join or leave line, else null. */
function headCount(text) {
  const found = /^(?:새로운 유저 접속|유저 연결 해제) \[현재: (\d+)명\]$/.exec(text);
  return found ? Number(found[1]) : null;
}

/** 아직 쓰지 않은 자리: #status 에 크게 알리고 멈춥니다. A place not written yet: says so in #status, then stops. */
function notImplemented(what) {
  statusLine.dataset.state = 'not-implemented';
  statusLine.textContent = `아직 구현하지 않았습니다: ${what} · Not implemented yet: ${what} (lessons/07-static-page/front/app.js)`;
  throw new Error(`Not implemented yet: ${what} (lessons/07-static-page/front/app.js)`);
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
  const n = headCount(event.data);
  if (n !== null && event.data.startsWith('새로운')) {
    count.hidden = false;
    count.textContent = `현재 ${n}명 · ${n} here`;
  }
};

ws.onclose = () => {
  showStatus('closed', '연결이 닫혔습니다', 'Connection closed');
};

ws.onerror = () => {
  showStatus('error', '연결 오류', 'Connection error');
};

sendButton.addEventListener('click', () => {
  if (nameInput.value.trim() === '') {
    nameInput.setAttribute('aria-invalid', 'true');
    return;
  }
  nameInput.removeAttribute('aria-invalid');
  if (ws.readyState !== WebSocket.OPEN) {
    return;
  }
  // JSON.stringify escapes quotes and line breaks; gluing strings together would not.
  ws.send(JSON.stringify({ name: nameInput.value, message: messageInput.value }));
  messageInput.value = '';
});
