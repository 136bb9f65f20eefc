/*
 * Lesson 09's page: two sockets, one to each instance serve runs for the chosen side (the status document lists
 * them as "instances"), so a message sent from one side can be seen crossing to the other. Text only, never HTML.
 */
'use strict';

(() => {
  const { fetchStatus, element, updateSwitch, showStatus: show } = Workbook;
  const side = new URLSearchParams(location.search).get('server') === 'reference' ? 'reference' : 'student';
  const bar = document.querySelector('#statusbar');
  const status = document.querySelector('#status');
  const detail = document.querySelector('#detail');
  const reconnectButton = document.querySelector('#reconnect');
  const reloadButton = document.querySelector('#reload');
  const panes = [...document.querySelectorAll('.instance')];
  let sockets = [];

  for (const pane of panes) {
    const paneStatus = element('p', 'status');
    paneStatus.setAttribute('role', 'status');
    pane.querySelector('h2').after(paneStatus);
    show(paneStatus, 'connecting', '준비 중…', 'Getting ready…');
  }

  function showAll(state, ko, en, extra) {
    bar.dataset.state = state;
    show(status, state, ko, en);
    reconnectButton.hidden = !(state === 'closed' || state === 'error' || state === 'unavailable');
    detail.hidden = !extra;
    detail.replaceChildren(...(extra ? [element('code', null, extra)] : []));
  }

  function connectPane(pane, url) {
    const paneStatus = pane.querySelector('.status');
    const list = pane.querySelector('.messages');
    const input = pane.querySelector('.message');
    const button = pane.querySelector('.send');
    const form = pane.querySelector('.composer');
    pane.querySelector('.address').textContent = url;
    list.replaceChildren();
    const ws = new WebSocket(url);
    const enable = (open) => { input.disabled = !open; button.disabled = !open; };
    show(paneStatus, 'connecting', '연결하는 중…', 'Connecting…');
    ws.onopen = () => { enable(true); show(paneStatus, 'open', '연결됨', 'Connected'); };
    ws.onmessage = (event) => {
      const item = element('li', null, typeof event.data === 'string' ? event.data : String(event.data));
      if (typeof event.data !== 'string') item.classList.add('binary');
      list.append(item);
      list.scrollTop = list.scrollHeight;
    };
    ws.onclose = (event) => {
      enable(false);
      show(paneStatus, 'closed', `연결이 끊겼습니다 (코드 ${event.code})`, `Connection closed (code ${event.code})`);
    };
    form.onsubmit = (event) => {
      event.preventDefault();
      if (ws.readyState === WebSocket.OPEN) {
        ws.send(input.value);
        input.value = '';
      }
      input.focus();
    };
    return ws;
  }

  async function start() {
    sockets.forEach((ws) => ws.close());
    sockets = [];
    showAll('connecting', '서버를 찾는 중…', 'Looking for the servers…');
    let doc;
    try {
      doc = await fetchStatus();
    } catch (e) {
      showAll('error', './workbook serve에 연결할 수 없습니다. 실행 중인가요?', 'Cannot reach ./workbook serve: is it running?');
      return;
    }
    const lesson = doc.lessons.find((l) => l.id === '09');
    updateSwitch(side, lesson);
    const server = lesson && lesson[side];
    if (!server || !server.instances) {
      const why = server && server.detail ? (server.detail.ko === server.detail.en ? server.detail.en
        : server.detail.ko + '\n' + server.detail.en) : null;
      showAll('unavailable', `인스턴스가 실행 중이 아닙니다: ${server ? server.label.ko : '레슨 09 없음'}`,
        `The instances are not running: ${server ? server.label.en : 'no lesson 09'}`, why);
      return;
    }
    if (server.state === 'not-implemented') {
      showAll('stub', '아직 구현하지 않았습니다', 'Not implemented yet');
    } else {
      showAll('open', `인스턴스 ${server.instances.length}개, Redis 하나`, `${server.instances.length} instances, one Redis`);
    }
    sockets = panes.map((pane, i) => connectPane(pane, server.instances[i]));
  }

  reconnectButton.addEventListener('click', start);
  if (side === 'student') {
    reloadButton.addEventListener('click', async () => {
      showAll('connecting', '내 코드를 다시 컴파일하고 시작하는 중…', 'Compiling and starting your code again…');
      try {
        await fetch('/api/lessons/09/reload', { method: 'POST' });
      } catch (e) {
        // start() below says that serve cannot be reached
      }
      start();
    });
  } else {
    reloadButton.hidden = true;
  }
  start();
})();
