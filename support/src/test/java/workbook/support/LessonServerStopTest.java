package workbook.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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

    /**
     * Java-WebSocket's selector thread ends without closing the sockets it has not finished with: a client that had
     * not read what it was sent yet (its close frame queued behind the rest) kept an open connection after stop() had
     * returned, for as long as the server's JVM lived.
     */
    @Test
    void aClientThatReadsSlowlyIsStillCutOff() throws Exception {
        Floods server = new Floods();
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 3000);
            slow.setSoTimeout(3000);
            OutputStream out = slow.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = slow.getInputStream();
            assertThat(readHead(in)).startsWith("HTTP/1.1 101");
            assertThat(server.flooded.await(5, TimeUnit.SECONDS)).as("the server queued its flood").isTrue();

            server.stop(LessonServer.STOP_TIMEOUT_MILLIS);

            // what the kernel still holds arrives, then the end; a connection left open ends in a SocketTimeoutException
            long read = in.transferTo(OutputStream.nullOutputStream());
            assertThat(read).isLessThan(Floods.FLOOD_BYTES);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            assertThat(next).as("the handshake's answer, so far: %s", head).isNotEqualTo(-1);
            head.append((char) next);
        }
        return head.toString();
    }

    /** Sends each client more than the kernel's buffers hold, as soon as it connects. */
    private static final class Floods extends LessonServer {
        static final int FLOOD_BYTES = 32 * 1024 * 1024;
        final CountDownLatch flooded = new CountDownLatch(1);

        Floods() {
            super(0);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            conn.send(new byte[FLOOD_BYTES]);
            flooded.countDown();
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
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
