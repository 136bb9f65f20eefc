// Correct, but slow within every one of the grader's bounds, as on a busy machine: it shows each message 0.9 s after
// it came. Each wait of a check stays well under its 3 s, yet the check that sends six lines takes longer than 5 s.
const address = new URLSearchParams(location.search).get('ws') || 'ws://' + location.hostname + ':8001';
const $ = (id) => document.getElementById(id);
const mark = (state) => { $('status').dataset.state = state; $('status').textContent = state; };

function show(text) {
  const li = document.createElement('li');
  li.textContent = text;
  $('messages').append(li);
  const match = /^(?:새로운 유저 접속|유저 연결 해제) \[현재: (\d+)명\]$/.exec(text);
  if (match) {
    $('count').hidden = false;
    $('count').textContent = '현재 ' + match[1] + '명';
  }
}

const chat = new WebSocket(address);
chat.onopen = () => mark('open');
chat.onerror = () => mark('error');
chat.onclose = () => mark('closed');
chat.onmessage = (event) => setTimeout(() => show(event.data), 900);

$('send').addEventListener('click', () => {
  const name = $('name');
  if (name.value.trim() === '') {
    name.setAttribute('aria-invalid', 'true');
    return;
  }
  name.removeAttribute('aria-invalid');
  chat.send(JSON.stringify({ name: name.value, message: $('message').value }));
  $('message').value = '';
});
