package workbook.grader.core.server;

import java.util.List;
import java.util.Optional;
import workbook.support.LessonServer;

/**
 * The inside of a lesson server that runs in another process (grade-class's sandbox), as far as the checks look
 * into it. The process answers for itself, so its answers are trusted only for the checks that cannot be graded on
 * the wire; an {@link InProcessServer} made from it still checks the port and the connections from outside.
 */
public interface ServerInside {

    int port();

    /** The HTTP port of a lesson that also serves pages, or -1. */
    int httpPort();

    /** The server's class name, for descriptions. */
    String simpleName();

    List<Throwable> errors();

    /** The connection whose remote port is {@code clientPort}, if {@code getConnections()} lists it. */
    Optional<ListedConnection> listed(int clientPort);

    /** Calls {@code stop()}, bounded; returns what it threw, or null; a stop() that did not return throws nothing here. */
    Throwable stop(java.time.Duration bound) throws InterruptedException;

    /** Whether the last {@link #stop} returned in time. */
    boolean stopReturned();

    List<String> liveThreads();

    /** A stand-in for the server object, on which checks may call the lesson's public no-argument int methods. */
    LessonServer standIn();

    void close();
}
