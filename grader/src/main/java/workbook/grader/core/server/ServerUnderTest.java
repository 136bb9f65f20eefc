package workbook.grader.core.server;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import workbook.grader.core.words.Msg;

/** The server a check talks to: one the grader started in this JVM, or one already running at a URL. */
public interface ServerUnderTest extends AutoCloseable {

    URI webSocketUri();

    /** The HTTP side, for the lesson that serves pages. */
    Optional<URI> httpUri();

    /** "EchoServer (started by the grader on port 41234)" or "ws://localhost:8080 (a server already running)". */
    Msg description();

    /** Exceptions the server's callbacks threw; always empty for a server the grader did not start. */
    List<Throwable> errors();

    /** The in-process server, for the checks only it allows (stop, threads, timers). */
    Optional<InProcessServer> inProcess();

    @Override
    void close();
}
