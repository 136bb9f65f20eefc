package workbook.grader.core.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import workbook.grader.core.words.Msg;
import workbook.support.LessonServer;

/**
 * The inside of a lesson server the grader started, as far as the checks look into it: in this JVM
 * ({@link LocalInside}) or in another process (grade-class's sandbox), which answers for itself. Such answers are
 * trusted only for the checks that cannot be graded on the wire; the {@link InProcessServer} made from an inside still
 * checks the port and the connections from outside.
 */
public interface ServerInside {

    int port();

    /** The HTTP port of a lesson that also serves pages, or -1. */
    int httpPort();

    /** The server's class, and where and on which port the grader started it. */
    Msg description();

    List<Throwable> errors();

    /** The connection whose remote port is {@code clientPort}, if {@code getConnections()} lists it. */
    Optional<ListedConnection> listed(int clientPort);

    /** Calls {@code stop()} as a learner's program would, on a thread of its own, waiting at most {@code bound}. */
    StopCall stop(Duration bound) throws InterruptedException;

    /** The names of the live threads this server made. */
    List<String> liveThreads();

    /** The server object, or a stand-in on which checks may call the lesson's public no-argument int methods. */
    LessonServer server();

    /** Whether the server has closed its listening socket: its port, even if another program took it since, was let go. */
    default boolean closedItsListeningSocket() {
        return false;
    }

    /** Stops the server, bounded, for cleaning up: a stop() that hangs holds nobody. */
    void close();
}
