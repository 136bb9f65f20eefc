package workbook.grader.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.broken.QuietServer;

@DisplayName("stop()'s outcome: a port this server let go counts as released, even once another program has taken it")
class StopOutcomeTest {

    /** A server with nothing to say: what counts here is only how it stops. */
    public static final class Quiet extends QuietServer {
        public Quiet(int port) {
            super(port);
        }
    }

    /** Keeps its listening port open after stop(), as a server whose stop() never reaches super.stop(...). */
    public static final class KeepsItsPort extends QuietServer {
        public KeepsItsPort(int port) {
            super(port);
        }

        @Override
        public void stop(int timeout, String closeMessage) {
            // lets go of nothing
        }

        void reallyStop() throws InterruptedException {
            super.stop(STOP_TIMEOUT_MILLIS, "");
        }
    }

    @Test
    @DisplayName("a port taken by another program right after stop() released it is still released")
    void aPortTakenAfterwardsWasReleased() throws Exception {
        try (InProcessServer server = InProcessServer.start(Quiet.class, ServerRecipe.PORT_ONLY, Duration.ofSeconds(3))) {
            assertThat(server.stopAndInspect(Duration.ofSeconds(2)).clean()).isTrue();
            try (ServerSocket other = new ServerSocket()) {
                other.setReuseAddress(true);
                other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));

                InProcessServer.StopOutcome again = server.stopAndInspect(Duration.ofMillis(200));

                assertThat(again.portReleased()).as("port released, while another program holds it").isTrue();
            }
        }
    }

    @Test
    @DisplayName("a server that keeps listening after stop() has not released its port")
    void aPortStillListenedOnIsNotReleased() throws Exception {
        try (InProcessServer server = InProcessServer.start(KeepsItsPort.class, ServerRecipe.PORT_ONLY, Duration.ofSeconds(3))) {
            try {
                InProcessServer.StopOutcome outcome = server.stopAndInspect(Duration.ofMillis(500));

                assertThat(outcome.portReleased()).as("port released").isFalse();
            } finally {
                ((KeepsItsPort) server.server()).reallyStop();
            }
        }
    }
}
