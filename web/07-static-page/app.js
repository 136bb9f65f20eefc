/*
 * Lesson 07's page: the tutorial's front/index.html made real. It connects to the WebSocket address given as
 * ?ws=ws://host:port (by default the page's own host on port 8001, where the lesson's main listens), sends
 * {"name": ..., "message": ...} as JSON, and shows every message the server sends as text, join and leave lines
 * included, in the order they come. Messages go into the page with textContent only: a message is data, not markup.
 */
'use strict';

(() => {
  const $ = (selector) => document.querySelector(selector);
  const statusLine = $('#status');
  const list = $('#messages');
  const count = $('#count');
  const nameInput = $('#name');
  const messageInput = $('#message');
  const sendButton = $('#send');
  const composer = $('#composer');

  const JOIN = /^새로운 유저 접속 \[현재: (\d+)명\]$/;
  const LEAVE = /^유저 연결 해제 \[현재: (\d+)명\]$/;
  const address = new URLSearchParams(location.search).get('ws') || `ws://${location.hostname || 'localhost'}:8001`;

  let socket = null;

  function span(className, text) {
    const made = document.createElement('span');
    made.className = className;
    made.textContent = text;
    return made;
  }

  /** The status line, in words, Korean first: connecting, open (connected), closed or error. */
  function showStatus(state, ko, en) {
    statusLine.dataset.state = state;
    statusLine.replaceChildren(span('dot', ''), span('ko', ko), document.createTextNode(' '), span('en', en));
    sendButton.disabled = state !== 'open';
  }

  /** One list item per message, its text exactly as the server sent it. */
  function showMessage(data) {
    const text = typeof data === 'string' ? data : String(data);
    const item = document.createElement('li');
    item.textContent = text;
    const joined = JOIN.exec(text);
    const left = LEAVE.exec(text);
    if (joined || left) {
      item.className = joined ? 'notice join' : 'notice leave';
      showCount(Number((joined || left)[1]));
    } else if (text.startsWith('Error: ')) {
      item.className = 'error';
    } else {
      const me = nameInput.value.trim();
      item.className = me && text.startsWith(me + ': ') ? 'chat mine' : 'chat';
    }
    if (typeof data !== 'string') item.classList.add('binary');
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.append(item);
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  function showCount(n) {
    count.hidden = false;
    count.textContent = `현재 ${n}명 · ${n} here`;
  }

  function connect() {
    showStatus('connecting', `${address} 에 연결하는 중…`, `Connecting to ${address}…`);
    try {
      socket = new WebSocket(address);
    } catch (error) {
      showStatus('error', `주소가 잘못되었습니다: ${address}`, `Not a WebSocket address: ${address}`);
      return;
    }
    socket.addEventListener('open', () => {
      showStatus('open', `연결됨 · ${address}`, `Connected to ${address}`);
      (nameInput.value.trim() ? messageInput : nameInput).focus();
    });
    socket.addEventListener('message', (event) => showMessage(event.data));
    socket.addEventListener('error', () => {
      showStatus('error', `${address} 에 연결할 수 없습니다. 서버가 실행 중인가요? 주소가 다르면 ?ws=ws://호스트:포트 를 붙이세요.`,
        `Cannot reach ${address}. Is the server running? For another address, add ?ws=ws://host:port.`);
    });
    socket.addEventListener('close', (event) => {
      if (statusLine.dataset.state === 'error') return;
      showStatus('closed', `연결이 끊겼습니다 (코드 ${event.code}). 페이지를 새로 고치면 다시 연결합니다.`,
        `The connection closed (code ${event.code}). Reload the page to connect again.`);
    });
  }

  composer.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    socket.send(JSON.stringify({ name: nameInput.value, message: messageInput.value }));
    messageInput.value = '';
    messageInput.focus();
  });

  connect();
})();
