/* The index: every lesson in order, its page, and how the student's server stands. Text only, never HTML. */
'use strict';

(() => {
  const { element, bilingual, fetchStatus } = Workbook;
  const POLL_MILLIS = 3000;
  const list = document.querySelector('#lessons');
  const problem = document.querySelector('#problem');

  function stateRow(who, whoEn, server, key) {
    const row = element('div', 'state state-' + key);
    row.dataset.state = server.state;
    const text = element('span', 'text');
    text.append(element('span', 'who', who + ' '), ...bilingual(server.label.ko, server.label.en));
    if (server.detail && server.state !== 'running' && server.state !== 'missing') {
      const why = element('span', 'why', server.detail.ko === server.detail.en
        ? server.detail.ko : server.detail.ko + ' / ' + server.detail.en);
      why.title = why.textContent;
      text.append(why);
    }
    row.append(element('span', 'pip'), text);
    row.querySelector('.pip').dataset.state = server.state;
    row.title = whoEn;
    return row;
  }

  function link(className, href, ko, en) {
    const a = element('a', className);
    a.href = href;
    a.append(...bilingual(ko, en));
    return a;
  }

  function links(lesson) {
    const box = element('div', 'links');
    if (lesson.page) {
      box.append(link('primary open-student', lesson.page + '?server=student', '내 서버로 열기', 'Open with yours'),
        link('secondary open-reference', lesson.page + '?server=reference', '참고 답안', 'Reference'));
    } else {
      // Lesson 07 serves its page itself, from its own HTTP port: serve's frame shows it, says why when it cannot,
      // and keeps its address when serve restarts.
      const own = (server, side) => server.state !== 'missing'
        ? `/common/own.html?lesson=${encodeURIComponent(lesson.id)}&server=${side}` : null;
      const mine = own(lesson.student, 'student');
      const reference = own(lesson.reference, 'reference');
      if (mine) box.append(link('primary open-student', mine, '내 서버로 열기', 'Open with yours'));
      if (reference) box.append(link('secondary open-reference', reference, '참고 답안', 'Reference'));
      // The client switch: one side's page (front/, served by serve) talking to the other side's server.
      const crossed = (client, server) => server.ws
        ? `/clients/${lesson.id}/${client}/front/index.html?ws=${encodeURIComponent(server.ws)}` : null;
      const myClient = crossed('student', lesson.reference);
      const myServer = crossed('reference', lesson.student);
      if (myClient) box.append(link('secondary open-my-client', myClient, '내 app.js + 참고 서버', 'My app.js, reference server'));
      if (myServer) box.append(link('secondary open-my-server', myServer, '참고 app.js + 내 서버', 'Reference app.js, my server'));
    }
    if (!box.children.length) {
      box.append(element('span', 'unavailable', '아직 열 수 없습니다 · Not available yet'));
    }
    return box;
  }

  /** The last ./workbook check of this lesson, from .workbook/progress.json, when there was one. */
  function grade(lesson) {
    const g = lesson.grade;
    if (!g || typeof g.passed !== 'number' || typeof g.total !== 'number' || g.total <= 0) return null;
    const done = g.passed === g.total;
    return element('span', done ? 'grade done' : 'grade',
      `${done ? '✓ ' : ''}채점 ${g.passed}/${g.total} 통과 · ${g.passed} of ${g.total} checks passed`);
  }

  function card(lesson) {
    const item = element('li', 'card lesson-card');
    item.dataset.lesson = lesson.id;
    const header = element('header');
    const title = element('h2', 'title');
    title.append(...bilingual(lesson.title.ko, lesson.title.en));
    header.append(element('span', 'num', lesson.id), title);
    const states = element('div', 'states');
    states.append(stateRow('내 서버', 'your server', lesson.student, 'student'),
      stateRow('참고 답안', 'the reference', lesson.reference, 'reference'));
    item.append(header, states);
    const g = grade(lesson);
    if (g) item.append(g);
    item.append(links(lesson));
    return item;
  }

  let shown = null;

  /** The footer names the lesson to work on now (the first not yet passed), as ./workbook hint does. */
  function showCurrent(current) {
    const id = current || (list.lastElementChild && list.lastElementChild.dataset.lesson) || '01';
    for (const code of document.querySelectorAll('.footnote .current-check')) code.textContent = `./workbook check ${id}`;
    for (const code of document.querySelectorAll('.footnote .current-hint')) code.textContent = `./workbook hint ${id}`;
  }

  async function render() {
    let doc;
    try {
      doc = await fetchStatus();
    } catch (e) {
      problem.textContent = './workbook serve 에 연결할 수 없습니다. 실행 중인가요? · Cannot reach ./workbook serve: is it running?';
      problem.hidden = false;
      return;
    }
    problem.hidden = true;
    const text = JSON.stringify(doc);
    if (text === shown) return;
    shown = text;
    list.replaceChildren(...doc.lessons.map(card));
    showCurrent(doc.current);
    const implemented = doc.lessons.filter((l) => l.student.state === 'running').length;
    document.querySelector('#updated').textContent =
      `구현한 레슨 ${implemented} / ${doc.lessons.length} · ${implemented} of ${doc.lessons.length} implemented`;
  }

  render();
  setInterval(render, POLL_MILLIS);
})();
