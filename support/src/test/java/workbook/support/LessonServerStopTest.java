package workbook.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.java_websocket.WebSocket;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.Test;

class LessonServerStopTest {

    /**
     * Java-WebSocket's own stop() marks the server closed before it queues the close frames, and its selector thread
     * gives up after five idle 5 ms rounds: a stop() thread that falls behind (a busy machine, here a slow
     * onCloseInitiated) used to leave every client after the first without a close frame and with an open socket.
     */
    @Test
    void everyClientGetsItsCloseFrameEvenWhenStopFallsBehind() throws Exception {
        SlowToClose server = new SlowToClose();
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Client client = new Client(URI.create("ws://127.0.0.1:" + port));
            assertThat(client.connectBlocking(3, TimeUnit.SECONDS)).as("client %d connects", i).isTrue();
            clients.add(client);
        }

        server.stop(LessonServer.STOP_TIMEOUT_MILLIS);

        for (int i = 0; i < clients.size(); i++) {
            assertThat(clients.get(i).closeCode.get(2, TimeUnit.SECONDS)).as("client %d's close code", i).isEqualTo(1001);
        }
    }

    private static final class SlowToClose extends LessonServer {
        SlowToClose() {
            super(0);
        }

        @Override
        public void onCloseInitiated(WebSocket conn, int code, String reason) {
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // the stop() thread falls behind, on purpose
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
        }
    }

    private static final class Client extends WebSocketClient {
        final CompletableFuture<Integer> closeCode = new CompletableFuture<>();

        Client(URI uri) {
            super(uri);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
        }

        @Override
        public void onMessage(String message) {
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            closeCode.complete(code);
        }

        @Override
        public void onError(Exception ex) {
        }
    }
}
