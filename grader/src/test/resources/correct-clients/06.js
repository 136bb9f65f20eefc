// Correct, written differently from the reference: one handler object, replies through a helper.
const conn = new WebSocket(document.body.dataset.server);
const line = document.getElementById('status');
const show = (state) => { line.dataset.state = state; line.textContent = 'state: ' + state; };
const answer = () => conn.send('클라이언트에서 서버로 답장을 보냅니다');
Object.assign(conn, {
  onopen() { show('open'); },
  onclose() { show('closed'); },
  onerror() { show('error'); },
  onmessage(event) {
    const entry = document.createElement('p');
    entry.textContent = event.data;
    document.getElementById('notifications').appendChild(entry);
    answer();
  },
});
