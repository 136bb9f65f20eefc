package workbook.grader.core.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import workbook.grader.core.words.Msg;
import workbook.support.LessonServer;

/**
 * A lesson server the grader started on port 0: in this JVM ({@link #start}), or in grade-class's sandbox
 * ({@link #of(ServerInside)}), where the checks look inside it through that process and still check the port from here.
 */
public final class InProcessServer implements ServerUnderTest {

    private final ServerInside inside;
    private volatile boolean stopped;

    private InProcessServer(ServerInside inside) {
        this.inside = inside;
    }

    /** A server started in another process, which answers for its inside. */
    public static InProcessServer of(ServerInside inside) {
        return new InProcessServer(inside);
    }

    /** Builds and starts the server in this JVM; every way this can fail is explained in a {@link ServerStartException}. */
    public static InProcessServer start(Class<?> serverClass, ServerRecipe recipe, Duration timeout)
            throws ServerStartException, InterruptedException {
        return new InProcessServer(LocalInside.start(serverClass, recipe, timeout));
    }

    @Override
    public URI webSocketUri() {
        return URI.create("ws://127.0.0.1:" + port());
    }

    @Override
    public Optional<URI> httpUri() {
        return inside.httpPort() > 0 ? Optional.of(URI.create("http://127.0.0.1:" + inside.httpPort())) : Optional.empty();
    }

    @Override
    public Msg description() {
        return inside.description();
    }

    @Override
    public List<Throwable> errors() {
        return inside.errors();
    }

    @Override
    public Optional<InProcessServer> inProcess() {
        return Optional.of(this);
    }

    public int port() {
        return inside.port();
    }

    /** The lesson's server object, for checks that look inside it (timers of lesson 06). */
    public LessonServer server() {
        return inside.server();
    }

    /**
     * Waits, at most {@code bound}, until {@code getConnections()} holds the connection whose remote port is
     * {@code clientPort}, or until {@code stillOpen} turns false. Returns whether it was listed.
     */
    public boolean awaitListed(int clientPort, BooleanSupplier stillOpen, Duration bound) {
        try {
            Awaitility.await().atMost(bound).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2))
                    .until(() -> isListed(clientPort) || !stillOpen.getAsBoolean());
            return isListed(clientPort);
        } catch (ConditionTimeoutException notListed) {
            return false;
        }
    }

    /**
     * Waits, at most {@code bound}, until {@code getConnections()} no longer holds the connection whose remote port is
     * {@code clientPort}: the server has noticed that client leave. Returns whether it did in time.
     */
    public boolean awaitUnlisted(int clientPort, Duration bound) {
        try {
            Awaitility.await().atMost(bound).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(2))
                    .until(() -> !isListed(clientPort));
            return true;
        } catch (ConditionTimeoutException stillListed) {
            return false;
        }
    }

    private boolean isListed(int clientPort) {
        return listed(clientPort).isPresent();
    }

    /** The connection whose remote port is {@code clientPort}, if {@code getConnections()} lists it. */
    public Optional<ListedConnection> listed(int clientPort) {
        return inside.listed(clientPort);
    }

    /** What {@code stop()} left behind; {@code waited}: how long the grader waited for it to return. */
    public record StopOutcome(boolean returnedInTime, Duration waited, Throwable thrown, boolean portReleased,
                              List<String> threadsLeft) {
        public boolean clean() {
            return returnedInTime && thrown == null && portReleased && threadsLeft.isEmpty();
        }
    }

    /**
     * Calls {@code stop()} as a learner's program would, then waits (bounded) for its port and threads to go; after a
     * stop() that did not return, it only looks once: that stop() still holds them.
     */
    public StopOutcome stopAndInspect(Duration bound) throws InterruptedException {
        long start = System.nanoTime();
        StopCall call = callStop(bound);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        if (call.returnedInTime()) {
            awaitReleased(bound);
        }
        return new StopOutcome(call.returnedInTime(), waited, call.thrown(), portIsFree(), liveThreads());
    }

    private void awaitReleased(Duration bound) {
        try {
            Awaitility.await().atMost(bound).pollInterval(Duration.ofMillis(20))
                    .until(() -> liveThreads().isEmpty() && portIsFree());
        } catch (ConditionTimeoutException leftovers) {
            // the outcome names them
        }
    }

    /**
     * Calls {@code stop()} on a thread of its own and waits for it at most {@code bound}; the sandbox's harness does
     * only this, and the grader looks at the port and the threads from outside.
     */
    public StopCall callStop(Duration bound) throws InterruptedException {
        stopped = true;
        return inside.stop(bound);
    }

    /** The names of the live threads this server made. */
    public List<String> liveThreads() {
        return inside.liveThreads();
    }

    /**
     * Free to bind, or else closed by this server and taken since by another program: the system hands a freed port
     * out again, and once did within the 2 s this waits while another JVM beside was starting servers by the hundred.
     */
    private boolean portIsFree() {
        return canBind() || inside.closedItsListeningSocket();
    }

    private boolean canBind() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        inside.close();
    }

    /** Why the server could not be built or started, in words for the learner. */
    public static final class ServerStartException extends Exception {
        private final transient Msg reason;

        public ServerStartException(Msg reason, Throwable cause) {
            super(reason.en(), cause);
            this.reason = reason;
        }

        public Msg reason() {
            return reason;
        }
    }
}
