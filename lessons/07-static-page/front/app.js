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

// TODO: SERVER_URL 에 연결하는 WebSocket 을 만드세요. 아래 줄을 바꾸세요.
//       Make a WebSocket connected to SERVER_URL: replace the line below.
const ws = notImplemented('new WebSocket(SERVER_URL)');

ws.onopen = () => {
  // TODO: showStatus('open', ...) 로 연결됐다고 알리세요. Say in #status that the page is connected.
  notImplemented('ws.onopen');
};

ws.onmessage = (event) => {
  // TODO: 받은 줄 (event.data) 을 #messages 에 새 항목 (li) 으로 더하세요 (textContent 로). 입장·퇴장 줄이면
  //       (headCount 가 숫자를 돌려주면) #count 에 그 인원을 적으세요: 들어올 때도 나갈 때도, 마지막 줄의 숫자가 지금 인원입니다.
  //       Add the line (event.data) to #messages as a new item (li), with textContent. For a join or leave line
  //       (headCount gives a number), write that number into #count: on joins and leaves alike, the latest is the count.
  notImplemented('ws.onmessage');
};

ws.onclose = () => {
  // TODO: showStatus('closed', ...) 로 연결이 닫혔다고 알리세요. Say in #status that the connection closed.
  notImplemented('ws.onclose');
};

ws.onerror = () => {
  // TODO: showStatus('error', ...) 로 연결 오류를 알리세요. Say in #status that the connection failed.
  notImplemented('ws.onerror');
};

sendButton.addEventListener('click', () => {
  // TODO: 이름이 비었거나 공백뿐이면 아무것도 보내지 말고 nameInput 에 aria-invalid="true" 를 다세요. 아니면
  //       JSON.stringify({ name: ..., message: ... }) 를 보내고 메시지 칸만 비우세요 (이름은 그대로 둡니다).
  //       If the name is empty or blank, send nothing and set aria-invalid="true" on nameInput. Otherwise send
  //       JSON.stringify({ name: ..., message: ... }) and clear the message field only (the name stays).
  notImplemented('#send click');
});
