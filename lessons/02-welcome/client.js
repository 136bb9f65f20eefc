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

// TODO: SERVER_URL 에 연결하는 WebSocket 을 만드세요. 아래 줄을 바꾸세요.
//       Make a WebSocket connected to SERVER_URL: replace the line below.
const ws = notImplemented('new WebSocket(SERVER_URL)');

ws.onopen = () => {
  // TODO: showStatus('open', ...) 로 연결됐다고 알리세요. 이번에는 아무것도 보내지 않습니다: 서버가 먼저 인사합니다.
  //       Say in #status that the page is connected. Send nothing this time: the server speaks first.
  notImplemented('ws.onopen');
};

ws.onmessage = (event) => {
  // TODO: 받은 글 (event.data) 을 #messages 에 새 항목 (li) 으로 더하세요: createElement, textContent, appendChild.
  //       Add the received text (event.data) to #messages as a new item (li): createElement, textContent, appendChild.
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
  // TODO: #message 의 글 (input.value) 이 비어 있지 않으면 그대로 보내고 입력칸을 비우세요. 비어 있으면 아무것도 보내지 않습니다.
  //       (#message 에서 Enter 를 눌러도 이 click 이 불립니다: 페이지의 form 이 그렇게 합니다.)
  //       If #message (input.value) is not empty, send it exactly as it is, then clear the field; if it is empty, send
  //       nothing. (Enter in #message calls this click too: the page's form does that.)
  notImplemented('#send click');
});
