// Correct, written differently from the reference: addEventListener, its own regular expression, the count in words.
const address = new URLSearchParams(location.search).get('ws') || 'ws://' + location.hostname + ':8001';
const chat = new WebSocket(address);
const $ = (id) => document.getElementById(id);
const mark = (state) => { $('status').dataset.state = state; $('status').textContent = state; };
chat.addEventListener('open', () => mark('open'));
chat.addEventListener('error', () => mark('error'));
chat.addEventListener('close', () => mark('closed'));
chat.addEventListener('message', (event) => {
  const li = document.createElement('li');
  li.textContent = event.data;
  $('messages').append(li);
  const match = event.data.match(/\[현재: (\d+)명\]$/);
  if (match && /^(새로운 유저 접속|유저 연결 해제) /.test(event.data)) {
    $('count').hidden = false;
    $('count').textContent = match[1] + '명 접속 중';
  }
});
$('send').addEventListener('click', () => {
  const name = $('name');
  if (!name.value.trim()) {
    name.setAttribute('aria-invalid', 'true');
    return;
  }
  name.setAttribute('aria-invalid', 'false');
  chat.send(JSON.stringify({ message: $('message').value, name: name.value }));
  $('message').value = '';
});
