package workbook.grader.lessons.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.broken.QuietServer;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.ServerRecipe;

/**
 * Lessons 06 and 08 count the threads a server started itself. Java-WebSocket's own threads are not the learner's:
 * its connection-lost checker ({@code NamedThreadFactory("connectionLostChecker")}, so {@code connectionLostChecker-1})
 * among them. A real server with the checker on shows the name the library really gives it.
 */
@DisplayName("A lesson's own threads leave out Java-WebSocket's")
class LessonThreadsTest {

    /** A server that keeps Java-WebSocket's connection-lost checker on, with a short interval. */
    public static final class CheckerOn extends QuietServer {
        public CheckerOn(int port) {
            super(port);
            setConnectionLostTimeout(1);
        }
    }

    @Test
    @DisplayName("the connection-lost checker, named connectionLostChecker-N by Java-WebSocket, is not a lesson thread")
    void connectionLostCheckerIsTheLibrarys() throws Exception {
        try (InProcessServer server = InProcessServer.start(CheckerOn.class, ServerRecipe.PORT_ONLY, Duration.ofSeconds(3))) {
            await().atMost(Duration.ofSeconds(3)).until(() -> server.liveThreads().stream()
                    .anyMatch(name -> name.matches("connectionLostChecker-\\d+")));
            assertThat(server.liveThreads()).anyMatch(name -> name.startsWith("WebSocketSelector-"));
            assertThat(LessonThreads.of(server)).isEmpty();
        }
    }
}
