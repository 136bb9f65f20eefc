package workbook.tools.classgrade.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.core.server.ListedConnection;
import workbook.grader.core.server.ServerInside;
import workbook.grader.core.server.StopCall;
import workbook.grader.core.words.Msg;
import workbook.support.LessonServer;

/**
 * One server instance in the harness, seen from the worker. Every answer comes from the submission's own process; a
 * question it does not answer gets the answer that fails the check asking (no errors seen is not assumed).
 */
record RemoteInside(HarnessLink link, String id, int port, int httpPort, String simpleName) implements ServerInside {

    private static final Duration ASK_BOUND = Duration.ofSeconds(3);

    @Override
    public Msg description() {
        return Msg.of(simpleName + " (채점기가 샌드박스에서 시작함, 포트 " + port + ")",
                simpleName + " (started by the grader in a sandbox on port " + port + ")");
    }

    @Override
    public List<Throwable> errors() {
        try {
            List<Throwable> errors = new ArrayList<>();
            for (String error : ask(ASK_BOUND, "errors", id)) {
                errors.add(ThrowableCopy.of(List.of(error.split("\u0002", -1))));
            }
            return errors;
        } catch (HarnessLink.NoAnswer e) {
            return List.of(new IllegalStateException("the server process gave no account of its errors: " + e.getMessage()));
        }
    }

    @Override
    public Optional<ListedConnection> listed(int clientPort) {
        try {
            return ListedConnection.parse(ask(ASK_BOUND, "listed", id, String.valueOf(clientPort)));
        } catch (HarnessLink.NoAnswer | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public StopCall stop(Duration bound) throws InterruptedException {
        try {
            List<String> answer = link.ask(bound.plus(ASK_BOUND), "stop", id, String.valueOf(bound.toMillis()));
            return new StopCall(Boolean.parseBoolean(answer.get(0)),
                    answer.size() > 1 ? ThrowableCopy.of(answer.subList(1, answer.size())) : null);
        } catch (HarnessLink.NoAnswer | RuntimeException e) {
            return new StopCall(false, null);
        }
    }

    @Override
    public List<String> liveThreads() {
        try {
            return ask(ASK_BOUND, "threads", id);
        } catch (HarnessLink.NoAnswer e) {
            return List.of("(the server process did not answer: " + e.getMessage() + ")");
        }
    }

    /** The lesson's public no-argument int method {@code name} (lesson 06's scheduledTimers), asked of the harness. */
    int intMethod(String name) {
        try {
            return Integer.parseInt(ask(ASK_BOUND, "int", id, name).get(0));
        } catch (HarnessLink.NoAnswer e) {
            throw new IllegalStateException(simpleName + "." + name + "() gave no answer: "
                    + (e.fields().size() > 2 ? ThrowableCopy.of(e.fields().subList(1, e.fields().size())) : e.getMessage()));
        }
    }

    @Override
    public LessonServer server() {
        return new StandIn(this);
    }

    @Override
    public void close() {
        try {
            ask(ASK_BOUND, "close", id);
        } catch (HarnessLink.NoAnswer e) {
            // the harness is gone or stuck: the worker ends it after the submission anyway
        }
    }

    /** Asks the harness; an interrupted wait counts as no answer, and the thread keeps its interrupt. */
    private List<String> ask(Duration bound, String command, String... args) throws HarnessLink.NoAnswer {
        try {
            return link.ask(bound, command, args);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessLink.NoAnswer("interrupted", List.of());
        }
    }

    /**
     * What a check gets for {@code server()}: never started, it only forwards the lesson's public int methods that
     * checks read (lesson 06's {@code scheduledTimers()}). A lesson with another such method adds it here.
     */
    public static final class StandIn extends LessonServer {
        private final RemoteInside inside;

        StandIn(RemoteInside inside) {
            super(0);
            this.inside = inside;
        }

        public int scheduledTimers() {
            return inside.intMethod("scheduledTimers");
        }

        /** Lesson 08's checks read it for their hints. */
        @Override
        public int getConnectionLostTimeout() {
            return inside == null ? super.getConnectionLostTimeout() : inside.intMethod("getConnectionLostTimeout");
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            throw new UnsupportedOperationException("a stand-in is never started");
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            throw new UnsupportedOperationException("a stand-in is never started");
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            throw new UnsupportedOperationException("a stand-in is never started");
        }
    }
}
