/*
 * The one shell of every lesson page. A page holds only what is its own: its title, in <title>, as lessons.yaml
 * writes it ("01 에코 서버 · Echo server"), and its <main>. This script, loaded right after <main>, builds the rest
 * before the page's own scripts run: the icon and viewport, the top bar (the way back, the server switch, the client
 * switch when <body data-client-task> says the page runs the student's client.js), the lesson's kicker and heading,
 * and the status bar at the top of the page's card, around the page's own <p id="status"> (an id the contract names).
 * Elements marked data-status-action join the status bar's buttons (serve's frame around lesson 07 puts its "open on
 * its own" link there).
 */
'use strict';

(() => {
  const SUFFIX = ' — WebSocket 워크북';

  function element(tag, attributes = {}, ...children) {
    const made = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
    made.append(...children);
    return made;
  }

  const en = (text) => element('span', { class: 'en' }, text);

  /** "01 에코 서버 · Echo server" → { id: '01', ko: '에코 서버', en: 'Echo server' }. */
  function parseTitle(title) {
    const found = /^(\d\d) (.+?) · (.+)$/.exec(title.trim());
    if (!found) throw new Error(`shell.js: <title> must read "NN 한국어 · English", not "${title}"`);
    return { id: found[1], ko: found[2], en: found[3] };
  }

  function head() {
    document.head.append(
      element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      element('link', { rel: 'icon', href: '/common/icon.svg', type: 'image/svg+xml' }));
  }

  function topBar(clientTask) {
    const bar = element('header', { class: 'topbar' },
      element('a', { class: 'brand', href: '/' }, element('img', { src: '/common/icon.svg', alt: '' }), ' 레슨 목록 ', en('Lessons')),
      element('nav', { class: 'server-switch', 'aria-label': '어느 서버 / which server' },
        element('a', { id: 'server-student', href: '?server=student' }, element('span', { class: 'pip' }), '내 서버 ', en('Yours')),
        element('a', { id: 'server-reference', href: '?server=reference' }, element('span', { class: 'pip' }), '참고 답안 ', en('Reference'))));
    if (clientTask) {
      bar.append(element('nav', { class: 'server-switch client-switch', 'aria-label': '어느 클라이언트 / which client' },
        element('a', { id: 'client-student', href: '?client=student' }, '내 client.js ', en('Yours')),
        element('a', { id: 'client-reference', href: '?client=reference' }, '참고 client.js ', en('Reference'))));
    }
    return bar;
  }

  function heading(title) {
    return [
      element('p', { class: 'kicker' }, `레슨 ${title.id} · Lesson ${title.id}`),
      element('h1', {}, `${title.ko} `, en(title.en)),
    ];
  }

  /**
   * The page's own #status (an id the contract names: the lesson's scripts and the student's client write to it),
   * completed and set in the status bar beside the shell's buttons and its #detail line.
   */
  function statusBar() {
    const status = document.getElementById('status') || element('p', { id: 'status' });
    status.classList.add('status');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    if (!status.dataset.state) status.dataset.state = 'connecting';
    if (!status.hasChildNodes()) status.append(element('span', { class: 'dot' }), element('span', { class: 'ko' }, '준비 중…'), ' ', en('Getting ready…'));
    const actions = element('span', { class: 'status-actions' },
      ...document.querySelectorAll('[data-status-action]'),
      element('button', { id: 'reconnect', class: 'quiet', type: 'button', hidden: '' }, '다시 연결 ', en('Reconnect')),
      element('button', { id: 'reload', class: 'quiet', type: 'button' }, '다시 불러오기 ', en('Reload my code')));
    return [
      element('div', { id: 'statusbar', class: 'statusbar', 'data-state': status.dataset.state }, status, actions),
      element('p', { id: 'detail', class: 'detail', hidden: '' }),
    ];
  }

  const body = document.body;
  const main = document.querySelector('body > main');
  if (!main) throw new Error('shell.js: the page has no <main>, or shell.js is loaded before it');
  head();
  body.prepend(topBar('clientTask' in body.dataset));
  const ownFrame = body.classList.contains('own-page');
  if (!ownFrame) {
    const title = parseTitle(document.title);
    body.dataset.lesson = title.id;
    document.title = title.id + ' ' + title.ko + ' · ' + title.en + SUFFIX;
    if (!main.querySelector('.intro')) main.prepend(element('section', { class: 'intro' }));
    main.querySelector('.intro').prepend(...heading(title));
  } else {
    document.title += SUFFIX;
  }
  (main.querySelector('.card') || main).prepend(...statusBar());
  body.dataset.shell = 'built';
})();
