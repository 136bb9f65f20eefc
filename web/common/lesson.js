/*
 * The lesson pages' shared script. It asks ./workbook serve where the lesson's servers are (/api/status),
 * connects to the one chosen with ?server=student|reference, keeps the status line truthful, and shows every
 * received message as text (textContent, never innerHTML: a message is data, not markup). A page loads it in its
 * <head>, before shell.js builds the page, and starts there: with <script src="/common/lesson.js" data-start="lesson">
 * (or "client"), or, to pass options, with a script of its own that calls Workbook.lessonPage({...}) (or clientPage).
 */
'use strict';

const Workbook = (() => {
  const SERVER_NAMES = {
    student: { ko: '내 서버', en: 'your server' },
    reference: { ko: '참고 답안 서버', en: 'the reference server' },
  };
  const POLL_MILLIS = 3000;

  const $ = (selector) => document.querySelector(selector);

  function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined && text !== null) made.textContent = text;
    return made;
  }

  /** Korean first, English beside it: two spans of text, a space between for anyone reading it as one line. */
  function bilingual(ko, en) {
    return [element('span', 'ko', ko), ' ', element('span', 'en', en)];
  }

  const UNREACHABLE = ['./workbook serve 에 연결할 수 없습니다. 실행 중인가요?', 'Cannot reach ./workbook serve: is it running?'];
  const RELOADING = ['내 코드를 다시 컴파일하고 시작하는 중…', 'Compiling and starting your code again…'];

  /** A status line (#status, or a pane's): its state, a dot, and the words in both languages. */
  function showStatus(line, state, ko, en) {
    line.dataset.state = state;
    line.replaceChildren(element('span', 'dot'), ...bilingual(ko, en));
  }

  /** #detail under the status bar: what serve said (as code), then words; hidden when there is nothing to say. */
  function showDetail(extra) {
    const detail = $('#detail');
    detail.hidden = !extra;
    if (!extra) return detail.replaceChildren();
    detail.replaceChildren(...(extra.code ? [element('code', null, extra.code), element('br')] : []),
      ...bilingual(extra.ko, extra.en));
  }

  /** What serve says about a server, once when both languages say the same. */
  function said(detail) {
    if (!detail) return null;
    return detail.ko === detail.en ? detail.ko : detail.ko + '\n' + detail.en;
  }

  /** Asks serve where the servers are, saying so with show(state, ko, en); null, and said, when serve is away. */
  async function lookUp(show) {
    show('connecting', '서버를 찾는 중…', 'Looking for the server…');
    try {
      return await fetchStatus();
    } catch (e) {
      show('error', ...UNREACHABLE);
      return null;
    }
  }

  /** What to do about the chosen side's server when it is not running. */
  function fixFor(side) {
    return side === 'student'
      ? { ko: '고친 뒤 「다시 불러오기」를 누르세요.', en: 'Fix it, then press “Reload my code”.' }
      : { ko: '참고 답안이 아직 준비되지 않았습니다.', en: 'The reference is not ready yet.' };
  }

  async function fetchStatus() {
    const response = await fetch('/api/status', { cache: 'no-store' });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    return response.json();
  }

  /** The side a switch has chosen (?server= or ?client=): the student's unless it says the reference. */
  function chosen(parameter) {
    return new URLSearchParams(location.search).get(parameter) === 'reference' ? 'reference' : 'student';
  }

  /**
   * A student / reference switch in the top bar (the server's, ?server=, or the client's, ?client=): links that keep
   * the rest of the address, the chosen one marked. Each link is passed to mark(link, which) too.
   */
  function switchLinks(parameter, chosen, mark = () => {}) {
    for (const which of ['student', 'reference']) {
      const link = $(`#${parameter}-${which}`);
      if (!link) continue;
      const params = new URLSearchParams(location.search);
      params.set(parameter, which);
      link.href = '?' + params.toString();
      link.setAttribute('aria-current', String(which === chosen));
      mark(link, which);
    }
  }

  /** The server switch, its pips showing how each side's server is doing. */
  function updateSwitch(side, lesson) {
    switchLinks('server', side, (link, which) => {
      const pip = link.querySelector('.pip');
      const server = lesson && lesson[which];
      if (pip && server) {
        pip.dataset.state = server.state;
        link.title = server.label.ko + ' / ' + server.label.en;
      }
    });
  }

  function lessonPage(options = {}) {
    const lessonId = document.body.dataset.lesson;
    const side = chosen('server');
    const name = SERVER_NAMES[side];
    const compose = options.compose || ((text) => text);
    const bar = $('#statusbar');
    const status = $('#status');
    const received = $('#messages');
    const sent = $('#sent');
    const input = $('#message');
    const sendButton = $('#send');
    const reconnectButton = $('#reconnect');
    const reloadButton = $('#reload');

    let socket = null;
    let server = null;
    let lastShown = null;

    function show(state, ko, en, extra) {
      bar.dataset.state = state;
      showStatus(status, state, ko, en);
      reconnectButton.hidden = !(state === 'closed' || state === 'error');
      showDetail(extra);
      lastShown = state;
    }

    function setSending(open) {
      for (const control of document.querySelectorAll('[data-needs-connection]')) control.disabled = !open;
    }

    function showOpen() {
      if (server.state === 'not-implemented') {
        show('stub', `연결됨 · ${name.ko} — 아직 구현하지 않았습니다`, `Connected to ${name.en} — not implemented yet`, {
          code: said(server.detail),
          ko: '과제를 마치면 여기서 동작합니다. 참고 답안으로 바꾸면 완성된 모습을 볼 수 있습니다.',
          en: 'It works here once you finish the task. Switch to the reference to see it working.',
        });
      } else {
        show('open', `연결됨 · ${name.ko}`, `Connected to ${name.en} (${server.ws})`);
      }
    }

    function showUnavailable() {
      show('unavailable', `${name.ko}가 실행 중이 아닙니다: ${server.label.ko}`,
        `${capitalized(name.en)} is not running: ${server.label.en}`, { code: said(server.detail), ...fixFor(side) });
    }

    /** An empty message keeps its empty text; a class lets the page mark it, so it does not look like nothing. */
    function markEmpty(item, text) {
      if (text === '') {
        item.classList.add('empty-message');
        item.title = '빈 메시지 (0글자) / an empty message (0 characters)';
      }
      return item;
    }

    function addReceived(data) {
      const item = markEmpty(element('li', null, typeof data === 'string' ? data : String(data)), data);
      if (typeof data !== 'string') {
        item.classList.add('binary');
        item.title = '텍스트가 아닌 바이너리 프레임입니다 / a binary frame, not text';
      }
      received.append(item);
      received.scrollTop = received.scrollHeight;
    }

    function addSent(text) {
      if (!sent) return;
      sent.append(markEmpty(element('li', null, text), text));
      sent.scrollTop = sent.scrollHeight;
    }

    function send(text) {
      if (!socket || socket.readyState !== WebSocket.OPEN) return false;
      socket.send(text);
      addSent(text);
      // A stub throws when it gets a message: ask again soon, so the status line says so.
      setTimeout(refresh, 400);
      return true;
    }

    function connect() {
      const ws = new WebSocket(server.ws);
      socket = ws;
      let opened = false;
      show('connecting', `${name.ko}에 연결하는 중…`, `Connecting to ${name.en} (${server.ws})…`);
      ws.onopen = () => {
        if (ws !== socket) return;
        opened = true;
        setSending(true);
        showOpen();
      };
      ws.onmessage = (event) => {
        if (ws === socket) addReceived(event.data);
      };
      ws.onclose = (event) => {
        if (ws !== socket) return;
        setSending(false);
        if (opened) {
          show('closed', `연결이 끊겼습니다 (코드 ${event.code})`, `Connection closed (code ${event.code})`);
        } else {
          show('error', `${name.ko}에 연결할 수 없습니다. 서버가 실행 중인가요?`,
            `Cannot connect to ${name.en} at ${server.ws}: is it running?`);
        }
      };
    }

    function disconnect() {
      if (socket) {
        const old = socket;
        socket = null;
        old.close();
      }
      setSending(false);
    }

    function apply(doc) {
      const lesson = doc.lessons.find((l) => l.id === lessonId);
      updateSwitch(side, lesson);
      if (options.onStatus) options.onStatus(doc, lesson);
      return lesson ? lesson[side] : null;
    }

    async function start() {
      disconnect();
      const doc = await lookUp(show);
      if (!doc) return;
      server = apply(doc);
      if (!server) {
        show('unavailable', `${lessonId}번 레슨을 찾을 수 없습니다`, `There is no lesson ${lessonId}`);
      } else if (!server.ws) {
        showUnavailable();
      } else {
        connect();
      }
    }

    async function refresh() {
      let doc;
      try {
        doc = await fetchStatus();
      } catch (e) {
        return;
      }
      const now = apply(doc);
      if (!now || !server) return;
      const wasStub = server.state === 'not-implemented';
      server = Object.assign({}, now, { ws: server.ws });
      const isStub = server.state === 'not-implemented';
      if (wasStub !== isStub && (lastShown === 'open' || lastShown === 'stub')) showOpen();
    }

    async function reload() {
      disconnect();
      show('connecting', ...RELOADING);
      try {
        const response = await fetch(`/api/lessons/${lessonId}/reload`, { method: 'POST' });
        if (!response.ok) throw new Error('HTTP ' + response.status);
      } catch (e) {
        show('error', ...UNREACHABLE);
        return;
      }
      start();
    }

    $('#composer').addEventListener('submit', (event) => {
      event.preventDefault();
      if (send(compose(input.value))) {
        input.value = '';
      }
      input.focus();
    });
    reconnectButton.addEventListener('click', () => start());
    if (side === 'student') {
      reloadButton.addEventListener('click', reload);
    } else {
      reloadButton.hidden = true;
    }
    if (options.setup) options.setup({ send });
    setSending(false);
    updateSwitch(side, null);
    start();
    setInterval(refresh, POLL_MILLIS);
  }

  /**
   * A page whose WebSocket code is a client task (lessons 01, 02, 06): its code is in client-page.js, which this
   * loads only on such a page.
   */
  function clientPage(options = {}) {
    const script = element('script');
    script.src = '/common/client-page.js';
    script.addEventListener('load', () => Workbook.runClientPage(options));
    script.addEventListener('error', () => showStatus($('#status'), 'error', `불러오지 못했습니다: ${script.src}`,
      `Could not load ${script.src}`));
    document.body.append(script);
  }

  function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** A page starts from its <head>: the start waits until the page is parsed and shell.js has built its card. */
  function onceBuilt(start) {
    return (options) => {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start(options));
      else start(options);
    };
  }

  const pages = { lesson: onceBuilt(lessonPage), client: onceBuilt(clientPage) };
  // A page with no options of its own starts by naming its kind where it loads this script (data-start).
  const kind = document.currentScript && document.currentScript.dataset.start;
  if (kind) pages[kind]();

  return {
    lessonPage: pages.lesson, clientPage: pages.client, fetchStatus, element, bilingual, showStatus, showDetail, said,
    updateSwitch, UNREACHABLE, RELOADING,
    // for client-page.js
    $, chosen, switchLinks, lookUp, fixFor, capitalized, SERVER_NAMES, POLL_MILLIS,
  };
})();
