package workbook.grader.core.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.words.Journal;

@DisplayName("A probe tells a handshake answered late from one never answered, and survives a server that closed it")
class ProbeTest {

    @Test
    @DisplayName("a handshake answered after the wait gave up is measured, so a report can say how late it was")
    void measuresALateHandshake() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        HeldHandshakes server = new HeldHandshakes(answer);
        server.start();
        try {
            assertThat(server.bound.await(5, TimeUnit.SECONDS)).as("the server bound its port").isTrue();
            Probe probe = new Probe("client-1", URI.create("ws://127.0.0.1:" + server.getPort()), new Journal(), new Arrivals());

            assertThat(probe.connect(Duration.ofMillis(300))).as("connected while the handshake was held").isFalse();
            assertThat(probe.openedAfter()).isEmpty();

            answer.countDown();
            assertThat(probe.awaitConnected(Duration.ofSeconds(5))).as("connected once the handshake was answered").isTrue();
            assertThat(probe.openedAfter()).hasValueSatisfying(after -> assertThat(after).isGreaterThanOrEqualTo(Duration.ofMillis(300)));
            probe.forceClose();
        } finally {
            answer.countDown();
            server.stop(1000);
        }
    }

    @Test
    @DisplayName("a client whose connection the server has closed can still vanish, as a check may ask it to")
    void vanishesAfterTheServerClosed() throws Exception {
        HeldHandshakes server = new HeldHandshakes(new CountDownLatch(0), true);
        server.start();
        try {
            assertThat(server.bound.await(5, TimeUnit.SECONDS)).as("the server bound its port").isTrue();
            Probe probe = new Probe("client-1", URI.create("ws://127.0.0.1:" + server.getPort()), new Journal(), new Arrivals());
            probe.connect(Duration.ofSeconds(5));
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !probe.received().isEmpty());

            assertThatCode(probe::vanish).doesNotThrowAnyException();
            assertThat(probe.hasLeft()).isTrue();
        } finally {
            server.stop(1000);
        }
    }

    /** Answers every handshake only once the test lets it; closes each connection at once if asked to. */
    private static final class HeldHandshakes extends WebSocketServer {
        private final CountDownLatch answer;
        private final boolean closeAtOnce;
        private final CountDownLatch bound = new CountDownLatch(1);

        HeldHandshakes(CountDownLatch answer) {
            this(answer, false);
        }

        HeldHandshakes(CountDownLatch answer, boolean closeAtOnce) {
            super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            this.answer = answer;
            this.closeAtOnce = closeAtOnce;
        }

        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft, ClientHandshake request)
                throws InvalidDataException {
            try {
                answer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
        }

        @Override
        public void onStart() {
            bound.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            if (closeAtOnce) {
                conn.close();
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            // nothing to clean up
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            // nothing to answer
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            // a held handshake may be cut off when the server stops
        }
    }
}
