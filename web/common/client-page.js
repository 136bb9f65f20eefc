/*
 * The page of a lesson whose WebSocket code is a client task (lessons 01, 02, 06), run by lesson.js's
 * Workbook.clientPage. It only finds the chosen server (?server=student|reference), gives its address to the page
 * (body data-server) and loads the chosen client (?client=student|reference: lessons/NN/client.js or
 * solutions/NN/client.js). From then on #status and the messages belong to that client; what serve knows about the
 * server goes to #detail.
 */
'use strict';

Workbook.runClientPage = (() => {
  const {
    $, chosen, switchLinks, updateSwitch, lookUp, fetchStatus, showStatus, showDetail, said, fixFor, capitalized,
    SERVER_NAMES, POLL_MILLIS, RELOADING,
  } = Workbook;

  const CLIENT_NAMES = {
    student: { ko: '내 클라이언트', en: 'your client' },
    reference: { ko: '참고 답안 클라이언트', en: 'the reference client' },
  };

  return function clientPage(options = {}) {
    const lessonId = document.body.dataset.lesson;
    const side = chosen('server');
    const clientSide = chosen('client');
    const name = SERVER_NAMES[side];
    const client = CLIENT_NAMES[clientSide];
    const bar = $('#statusbar');
    const status = $('#status');
    const reconnectButton = $('#reconnect');
    const reloadButton = $('#reload');
    let loaded = false;
    const show = (state, ko, en) => showStatus(status, state, ko, en);

    function describe(server) {
      const words = `${name.ko} (${server.ws || server.label.ko}) · ${client.ko}`;
      const wordsEn = `${capitalized(name.en)} (${server.ws || server.label.en}) · ${client.en}`;
      if (server.state === 'not-implemented') {
        showDetail({
          code: said(server.detail),
          ko: `${words} — 서버는 아직 구현하지 않았습니다. 참고 답안으로 바꾸면 완성된 모습을 볼 수 있습니다.`,
          en: `${wordsEn} — the server is not implemented yet. Switch to the reference to see it working.`,
        });
      } else {
        showDetail({ ko: words, en: wordsEn });
      }
    }

    // The status line is the client's: mirror its state on the bar, and offer to reconnect once it has ended.
    new MutationObserver(() => {
      bar.dataset.state = status.dataset.state;
      reconnectButton.hidden = !(status.dataset.state === 'closed' || status.dataset.state === 'error');
    }).observe(status, { attributes: true, attributeFilter: ['data-state'] });

    function loadClient(server) {
      document.body.dataset.server = server.ws;
      const script = document.createElement('script');
      script.src = `/clients/${lessonId}/${clientSide}/client.js`;
      script.addEventListener('error', () => show('error', `${client.ko}를 불러오지 못했습니다: ${script.src}`,
        `Could not load ${client.en}: ${script.src}`));
      document.body.append(script);
      loaded = true;
    }

    async function start() {
      const doc = await lookUp(show);
      if (!doc) return;
      const lesson = doc.lessons.find((l) => l.id === lessonId);
      updateSwitch(side, lesson);
      switchLinks('client', clientSide);
      if (options.onStatus) options.onStatus(doc, lesson);
      const server = lesson ? lesson[side] : null;
      if (!server) {
        show('unavailable', `레슨 ${lessonId}이 없습니다`, `There is no lesson ${lessonId}`);
      } else if (!server.ws) {
        show('unavailable', `${name.ko}가 실행 중이 아닙니다: ${server.label.ko}`, `${capitalized(name.en)} is not running: ${server.label.en}`);
        showDetail({ code: said(server.detail), ...fixFor(side) });
        reconnectButton.hidden = false;
      } else {
        describe(server);
        loadClient(server);
      }
    }

    async function refresh() {
      if (!loaded) return;
      try {
        const doc = await fetchStatus();
        const lesson = doc.lessons.find((l) => l.id === lessonId);
        updateSwitch(side, lesson);
        if (lesson && lesson[side] && lesson[side].ws) describe(lesson[side]);
      } catch (e) {
        // serve went away: the client's own status line says what happened to its connection
      }
    }

    reconnectButton.addEventListener('click', () => location.reload());
    if (side === 'student') {
      reloadButton.addEventListener('click', async () => {
        show('connecting', ...RELOADING);
        try {
          await fetch(`/api/lessons/${lessonId}/reload`, { method: 'POST' });
        } finally {
          location.reload();
        }
      });
    } else {
      reloadButton.hidden = true;
    }
    updateSwitch(side, null);
    switchLinks('client', clientSide);
    start();
    setInterval(refresh, POLL_MILLIS);
  };
})();
