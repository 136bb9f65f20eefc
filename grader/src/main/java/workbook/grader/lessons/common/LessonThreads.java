package workbook.grader.lessons.common;

import java.util.List;
import workbook.grader.core.server.InProcessServer;

/** The threads a lesson's server started itself (its timers, its heartbeat), told apart from Java-WebSocket's own. */
public final class LessonThreads {

    /**
     * How Java-WebSocket 1.6 names its own threads: the selector, the workers, and the connection-lost checker
     * ({@code NamedThreadFactory("connectionLostChecker")} makes {@code connectionLostChecker-1}); the grader's own
     * threads in the server start with {@code grader-}.
     */
    private static final List<String> NOT_THE_LESSONS = List.of(
            "WebSocketSelector-", "WebSocketWorker-", "connectionLostChecker-", "grader-");

    private LessonThreads() {
    }

    /** Threads of the server that are not Java-WebSocket's own: its timers, and anything else it started. */
    public static List<String> of(InProcessServer server) {
        return server.liveThreads().stream()
                .filter(name -> NOT_THE_LESSONS.stream().noneMatch(name::startsWith))
                .toList();
    }
}
