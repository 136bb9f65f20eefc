// Correct, written differently from the reference: the form's submit event, a queue of nothing, li.append(text).
const socket = new WebSocket(document.body.dataset.server);
const field = document.getElementById('message');
const setState = (s) => { const st = document.getElementById('status'); st.dataset.state = s; st.textContent = s; };
socket.onopen = () => setState('open');
socket.onclose = () => setState('closed');
socket.onerror = () => setState('error');
socket.onmessage = ({ data }) => {
  const li = document.createElement('li');
  li.append(data);
  document.getElementById('messages').append(li);
};
document.getElementById('composer').addEventListener('submit', (e) => {
  e.preventDefault();
  if (!field.value.length || socket.readyState !== 1) return;
  socket.send(field.value);
  field.value = '';
});
