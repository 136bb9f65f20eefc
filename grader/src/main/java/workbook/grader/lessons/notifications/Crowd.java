package workbook.grader.lessons.notifications;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import workbook.grader.core.Check;
import workbook.grader.core.words.Msg;

/**
 * Many unnamed clients that connect and close with a close frame, a batch at a time, for the checks that look for
 * what a server leaves behind per connection. Their frames are not kept: only whether they came and went.
 */
final class Crowd {

    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(2);

    private Crowd() {
    }

    /** {@code total} clients come and go, {@code batch} at a time; returns how many connected. */
    static int comeAndGo(Check check, int total, int batch) throws InterruptedException {
        URI uri = check.server().webSocketUri();
        check.journal().add("클라이언트 " + total + "개가 " + batch + "개씩 연결했다가 정상적으로 닫음 (close 프레임)",
                total + " more clients connected and closed (close frames), " + batch + " at a time");
        int connected = 0;
        for (int done = 0; done < total; done += batch) {
            int size = Math.min(batch, total - done);
            CountDownLatch opened = new CountDownLatch(size);
            CountDownLatch closed = new CountDownLatch(size);
            List<WebSocketClient> clients = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                WebSocketClient client = new Passerby(uri, opened, closed);
                client.setConnectionLostTimeout(0);
                clients.add(client);
                client.connect();
            }
            opened.await(BATCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (WebSocketClient client : clients) {
                if (client.isOpen()) {
                    connected++;
                }
                client.close();
            }
            if (!closed.await(BATCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                // Java-WebSocket 1.6.0 can leave a server's close reply unsent (a lost write under load); a browser
                // drops the connection after its close timeout, and the server must clean up after that too.
                check.journal().add(closed.getCount() + "개의 close 핸드셰이크가 " + BATCH_TIMEOUT.toMillis()
                                + " ms 안에 끝나지 않아, 브라우저처럼 그 TCP 연결을 끊음",
                        closed.getCount() + " close handshakes did not finish within " + BATCH_TIMEOUT.toMillis()
                                + " ms, so those TCP connections were dropped, as a browser does");
                clients.stream().filter(c -> !c.isClosed()).forEach(Crowd::drop);
            }
            if (!closed.await(BATCH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                check.fail(Msg.of("클라이언트들이 " + BATCH_TIMEOUT.toMillis() + " ms 안에 연결을 닫지 못했습니다.",
                                "The clients could not close their connections within " + BATCH_TIMEOUT.toMillis() + " ms."),
                        Msg.of("close 프레임에 서버가 답하고 연결이 닫힘", "the server answers each close frame and the connection closes"),
                        Msg.of(closed.getCount() + "개가 아직 열려 있음", closed.getCount() + " still open"),
                        Msg.of("onClose 에서 오래 기다리거나 예외를 던지지 않나요?", "Does onClose wait, or throw?"));
            }
        }
        return connected;
    }

    private static void drop(WebSocketClient client) {
        try {
            if (client.getSocket() != null) {
                client.getSocket().close();
            }
        } catch (java.io.IOException e) {
            // already gone: that is all dropping asks for
        }
    }

    private static final class Passerby extends WebSocketClient {
        private final CountDownLatch opened;
        private final CountDownLatch closed;

        Passerby(URI uri, CountDownLatch opened, CountDownLatch closed) {
            super(uri);
            this.opened = opened;
            this.closed = closed;
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
            opened.countDown();
        }

        @Override
        public void onMessage(String message) {
            // a passer-by does not read
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            opened.countDown();
            closed.countDown();
        }

        @Override
        public void onError(Exception ex) {
            // a failed connection ends in onClose, which counts it
        }
    }
}
