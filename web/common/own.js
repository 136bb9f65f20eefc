/*
 * serve's frame around a page that a lesson's own server sends (lesson 07): it reads /api/status for where that
 * server listens now, shows its page in the frame while it runs, and says why when it does not. The address of
 * this frame is serve's, so it keeps working when serve restarts and the lesson's ports change.
 */
'use strict';

(() => {
  const { element, bilingual, fetchStatus, updateSwitch } = Workbook;
  const POLL_MILLIS = 2000;
  const params = new URLSearchParams(location.search);
  const lessonId = params.get('lesson') || '07';
  const side = params.get('server') === 'reference' ? 'reference' : 'student';
  const $ = (selector) => document.querySelector(selector);
  const bar = $('#statusbar');
  const status = $('#status');
  const detail = $('#detail');
  const frame = $('#page');
  const direct = $('#direct');
  const reloadButton = $('#reload');
  let shownAddress = null;

  function show(state, ko, en, why) {
    bar.dataset.state = state;
    status.dataset.state = state;
    status.replaceChildren(element('span', 'dot'), ...bilingual(ko, en));
    if (why) {
      detail.replaceChildren(...bilingual(why.ko, why.ko === why.en ? '' : why.en));
      detail.hidden = false;
    } else {
      detail.hidden = true;
    }
  }

  function pageAddress(server) {
    return server.http && server.ws ? server.http + '/?ws=' + encodeURIComponent(server.ws) : null;
  }

  function render(doc) {
    const lesson = doc.lessons.find((l) => l.id === lessonId);
    updateSwitch(side, lesson);
    if (!lesson) {
      show('unavailable', `${lessonId}번 레슨을 찾을 수 없습니다`, `There is no lesson ${lessonId}`);
      return;
    }
    document.title = `${lesson.id} ${lesson.title.ko} · ${lesson.title.en} — WebSocket 워크북`;
    const server = lesson[side];
    const address = pageAddress(server);
    direct.hidden = !address;
    if (address) direct.href = address;
    if (server.state === 'running' && address) {
      show('open', `${lesson.id} ${lesson.title.ko} · ${side === 'student' ? '내 서버' : '참고 답안'}`,
        `${lesson.title.en} · ${side === 'student' ? 'your server' : 'the reference'} (${server.http})`);
      if (address !== shownAddress) {
        frame.src = address;
        shownAddress = address;
      }
      frame.hidden = false;
      return;
    }
    frame.hidden = true;
    shownAddress = null;
    frame.removeAttribute('src');
    const fix = side === 'student'
      ? { ko: '과제를 마치고 저장하면 serve가 다시 시작합니다 (또는 「다시 불러오기」).', en: 'Finish the task and save: serve restarts it (or press “Reload my code”).' }
      : { ko: '참고 답안이 아직 준비되지 않았습니다.', en: 'The reference is not ready yet.' };
    const why = server.detail ? { ko: server.detail.ko + ' — ' + fix.ko, en: server.detail.en + ' — ' + fix.en } : fix;
    show(server.state === 'not-implemented' ? 'stub' : 'unavailable',
      `${side === 'student' ? '내 서버' : '참고 답안'}: ${server.label.ko}`,
      `${side === 'student' ? 'Your server' : 'The reference'}: ${server.label.en}`, why);
  }

  async function refresh() {
    try {
      render(await fetchStatus());
    } catch (e) {
      show('error', './workbook serve 에 연결할 수 없습니다. 다시 시작하면 이 탭이 이어서 동작합니다.',
        'Cannot reach ./workbook serve; start it again and this tab carries on.');
    }
  }

  async function reload() {
    show('connecting', '내 코드를 다시 컴파일하고 시작하는 중…', 'Compiling and starting your code again…');
    shownAddress = null;
    try {
      await fetch(`/api/lessons/${lessonId}/reload`, { method: 'POST' });
    } catch (e) {
      // the next refresh says that serve cannot be reached
    }
    refresh();
  }

  if (side === 'student') {
    reloadButton.addEventListener('click', reload);
  } else {
    reloadButton.hidden = true;
  }
  refresh();
  setInterval(refresh, POLL_MILLIS);
})();
