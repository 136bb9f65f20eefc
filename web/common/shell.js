/*
 * The one shell of every lesson page. A page holds only what is its own: its title, in <title>, as lessons.yaml
 * writes it ("01 에코 서버 · Echo server"), and in its <main>, in this order:
 *   - its introduction (the paragraphs before #status);
 *   - its card: <p id="status"> (an id the contract names), its message lists, each an
 *     <ol data-pane="heading" data-empty="shown while empty">, or a whole <div class="pane"> of its own, and its
 *     forms, each with its input and button (label from the input's data-label, "메시지 · Message" unless it says;
 *     data-needs-connection on a form goes to its input and button);
 *   - its tips, <ul class="tips">.
 * This script, loaded right after <main>, builds the rest before the page's own scripts run: the icon and viewport,
 * the top bar (the way back, the server switch, the client switch when <body data-client-task> says the page runs
 * the student's client.js), the intro's kicker and heading, the card with its status bar around #status, its panes
 * and completed forms, and the tips' heading and closing lines (the client switch, how to grade the lesson).
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

  /** A message list declared as <ol data-pane="heading">, in its pane under that heading. */
  function pane(list) {
    const made = element('div', { class: 'pane' }, element('h2', {}, list.dataset.pane), list);
    list.removeAttribute('data-pane');
    list.className = ('messages ' + list.className).trim();
    return made;
  }

  /** The card's parts in their order, each run of panes side by side in one .panes. */
  function cardParts(parts) {
    const laid = [];
    for (const part of parts) {
      const isPane = part.matches('ol[data-pane], .pane');
      if (isPane && !laid.at(-1)?.matches('.panes')) laid.push(element('div', { class: 'panes' }));
      if (isPane) laid.at(-1).append(part.matches('ol') ? pane(part) : part);
      else laid.push(part);
    }
    return laid;
  }

  /** A form as the page declares it (an input and a button) completed: the labelled field and the send button. */
  function composer(form) {
    const input = form.querySelector('input');
    const button = form.querySelector('button');
    form.classList.add('composer');
    form.setAttribute('autocomplete', 'off');
    if (!input.hasAttribute('type')) input.setAttribute('type', 'text');
    const field = element('div', { class: 'field' }, element('label', { for: input.id }, input.dataset.label || '메시지 · Message'));
    input.removeAttribute('data-label');
    input.replaceWith(field);
    field.append(input);
    button.setAttribute('type', 'submit');
    if (!button.hasChildNodes()) button.append('보내기 ', en('Send'));
    if ('needsConnection' in form.dataset) {
      form.removeAttribute('data-needs-connection');
      input.setAttribute('data-needs-connection', '');
      button.setAttribute('data-needs-connection', '');
    }
  }

  /** The page's own tips under their heading, then the ones every such page shows: the client switch, grading. */
  function tips(list, title, clientTask) {
    list.removeAttribute('class');
    const code = () => element('code', {}, `./workbook check ${title.id}`);
    if (clientTask) {
      list.append(element('li', {}, '위의 두 번째 스위치로 클라이언트도 바꿀 수 있습니다: 내 ', element('code', {}, 'client.js'),
        ' 를 참고 답안 서버에, 참고 답안 클라이언트를 내 서버에 붙여 보세요. ',
        element('span', { class: 'en' }, 'The second switch changes the client: try your ', element('code', {}, 'client.js'),
          ' on the reference server, and the reference client on your server.')));
    }
    list.append(element('li', {}, '채점: ', code(), ' ', element('span', { class: 'en' }, 'Grade it with ', code(), '.')));
    return element('aside', { class: 'tips' }, element('h2', {}, '해 보세요 · Try this'), list);
  }

  /** main's children, as the page declares them, laid out: the intro, the card, the tips. */
  function layOut(main, title, clientTask) {
    const parts = [...main.children];
    const status = parts.findIndex((part) => part.id === 'status');
    if (status < 0) throw new Error('shell.js: the page\'s <main> has no <p id="status">');
    const tipList = parts.findIndex((part) => part.matches('ul.tips'));
    const end = tipList < 0 ? parts.length : tipList;
    const card = element('section', { class: 'card' }, ...statusBar(), ...cardParts(parts.slice(status + 1, end)));
    card.querySelectorAll('form').forEach(composer);
    main.append(element('section', { class: 'intro' }, ...heading(title), ...parts.slice(0, status)), card);
    if (tipList >= 0) main.append(tips(parts[tipList], title, clientTask));
  }

  const body = document.body;
  const main = document.querySelector('body > main');
  if (!main) throw new Error('shell.js: the page has no <main>, or shell.js is loaded before it');
  const clientTask = 'clientTask' in body.dataset;
  head();
  body.prepend(topBar(clientTask));
  if (body.classList.contains('own-page')) {
    document.title += SUFFIX;
    main.prepend(...statusBar());
  } else {
    const title = parseTitle(document.title);
    body.dataset.lesson = title.id;
    document.title = title.id + ' ' + title.ko + ' · ' + title.en + SUFFIX;
    layOut(main, title, clientTask);
  }
  body.dataset.shell = 'built';
})();
