package workbook.grader.core.server;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.java_websocket.server.WebSocketServer;
import workbook.grader.core.words.Msg;
import workbook.support.HttpLesson;
import workbook.support.LessonServer;

/**
 * A lesson server the grader builds and starts in this JVM on port 0. Every thread the server makes is born in a
 * thread group of its own, so after {@code stop()} the grader can name any thread the lesson left running.
 * Made {@link #of(ServerInside) of a ServerInside}, it is a server that runs in another process (grade-class's
 * sandbox): the checks look inside it through that process, and still check the port from here.
 */
public final class InProcessServer implements ServerUnderTest {

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final LessonServer server;
    private final ThreadGroup threads;
    private final int port;
    private final ServerInside inside;
    private volatile boolean stopped;

    private InProcessServer(LessonServer server, ThreadGroup threads, int port) {
        this.server = server;
        this.threads = threads;
        this.port = port;
        this.inside = null;
    }

    private InProcessServer(ServerInside inside) {
        this.server = null;
        this.threads = null;
        this.port = inside.port();
        this.inside = inside;
    }

    /** A server started in another process, which answers for its inside. */
    public static InProcessServer of(ServerInside inside) {
        return new InProcessServer(inside);
    }

    /** Builds and starts the server; every way this can fail is explained in a {@link ServerStartException}. */
    public static InProcessServer start(Class<?> serverClass, ServerRecipe recipe, Duration timeout)
            throws ServerStartException, InterruptedException {
        String simpleName = serverClass.getSimpleName();
        ThreadGroup group = new ThreadGroup("lesson-under-test-" + SERVERS.incrementAndGet());
        AtomicReference<LessonServer> constructed = new AtomicReference<>();
        FutureTask<LessonServer> build = new FutureTask<>(() -> {
            LessonServer created = recipe.create(serverClass);
            constructed.set(created);
            created.start();
            return created;
        });
        Thread starter = new Thread(group, build, "grader-starts-" + simpleName);
        starter.setDaemon(true);
        starter.start();
        LessonServer server;
        try {
            server = build.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LessonServer halfStarted = constructed.get();
            if (halfStarted != null) {
                // it may listen already (a start() that calls run()): stopped aside, in case its stop() hangs too
                stopAside(halfStarted, "grader-stops-" + simpleName);
            }
            throw new ServerStartException(StartFailures.didNotReturn(simpleName, halfStarted != null, timeout), null);
        } catch (ExecutionException e) {
            throw StartFailures.explain(simpleName, e.getCause());
        }
        try {
            int port = server.awaitListening(timeout);
            return new InProcessServer(server, group, port);
        } catch (IllegalStateException e) {
            stopQuietly(server);
            throw new ServerStartException(StartFailures.notListening(simpleName, e), e);
        }
    }

    @Override
    public URI webSocketUri() {
        return URI.create("ws://127.0.0.1:" + port);
    }

    @Override
    public Optional<URI> httpUri() {
        if (inside != null) {
            return inside.httpPort() > 0 ? Optional.of(URI.create("http://127.0.0.1:" + inside.httpPort())) : Optional.empty();
        }
        return server instanceof HttpLesson http ? Optional.of(URI.create("http://127.0.0.1:" + http.httpPort()))
                : Optional.empty();
    }

    @Override
    public Msg description() {
        if (inside != null) {
            return Msg.of(inside.simpleName() + " (채점기가 샌드박스에서 시작함, 포트 " + port + ")",
                    inside.simpleName() + " (started by the grader in a sandbox on port " + port + ")");
        }
        String name = server.getClass().getSimpleName();
        return Msg.of(name + " (채점기가 이 JVM 에서 포트 " + port + " 로 시작함)",
                name + " (started by the grader in this JVM on port " + port + ")");
    }

    @Override
    public List<Throwable> errors() {
        return inside != null ? inside.errors() : server.errors();
    }

    @Override
    public Optional<InProcessServer> inProcess() {
        return Optional.of(this);
    }

    public int port() {
        return port;
    }

    /** The lesson's server object, for checks that look inside it (timers of lesson 06). */
    public LessonServer server() {
        return inside != null ? inside.standIn() : server;
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
        return inside != null ? inside.listed(clientPort) : ListedConnection.of(server, clientPort);
    }

    /** What {@code stop()} left behind; {@code waited}: how long the grader waited for it to return. */
    public record StopOutcome(boolean returnedInTime, Duration waited, Throwable thrown, boolean portReleased,
                              List<String> threadsLeft) {
        public boolean clean() {
            return returnedInTime && thrown == null && portReleased && threadsLeft.isEmpty();
        }
    }

    /** What one call of {@code stop()} did: whether it returned within its bound, and what it threw, or null. */
    public record StopCall(boolean returnedInTime, Throwable thrown) {
    }

    /**
     * Calls {@code stop()} as a learner's program would, then waits (bounded) for its port and threads to go; after a
     * stop() that did not return, it only looks once: that stop() still holds them.
     */
    public StopOutcome stopAndInspect(Duration bound) throws InterruptedException {
        long start = System.nanoTime();
        StopCall call;
        if (inside != null) {
            stopped = true;
            Throwable thrown = inside.stop(bound);
            call = new StopCall(inside.stopReturned(), thrown);
        } else {
            call = callStop(bound);
        }
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
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread stopper = new Thread(() -> {
            try {
                server.stop(LessonServer.STOP_TIMEOUT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        }, "grader-stops-server");
        stopper.setDaemon(true);
        stopper.start();
        stopper.join(bound.toMillis());
        return new StopCall(!stopper.isAlive(), thrown.get());
    }

    /** The names of the live threads this server made. */
    public List<String> liveThreads() {
        if (inside != null) {
            return inside.liveThreads();
        }
        Thread[] all = new Thread[threads.activeCount() + 16];
        int n = threads.enumerate(all, true);
        List<String> names = new ArrayList<>();
        Arrays.stream(all, 0, n).filter(Objects::nonNull).filter(Thread::isAlive)
                .forEach(t -> names.add(t.getName()));
        return names;
    }

    /**
     * Free to bind, or else closed by this server and taken since by another program: the system hands a freed port
     * out again, and once did within the 2 s this waits while another JVM beside was starting servers by the hundred.
     */
    private boolean portIsFree() {
        return canBind() || listeningChannelClosed();
    }

    /** Java-WebSocket keeps its listening channel to itself; a closed one is a port this server let go. */
    private boolean listeningChannelClosed() {
        try {
            Field field = WebSocketServer.class.getDeclaredField("server");
            field.setAccessible(true);
            return field.get(server) instanceof ServerSocketChannel channel && !channel.isOpen();
        } catch (ReflectiveOperationException | RuntimeException unknownLayout) {
            return false;
        }
    }

    private boolean canBind() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
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
        if (inside != null) {
            inside.close();
            return;
        }
        Thread stopper = stopAside(server, "grader-cleans-up");
        try {
            stopper.join(LessonServer.STOP_TIMEOUT_MILLIS * 2L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops {@code server} on a daemon thread of its own, which is returned: a stop() that hangs holds nobody. */
    private static Thread stopAside(LessonServer server, String threadName) {
        Thread stopper = new Thread(() -> stopQuietly(server), threadName);
        stopper.setDaemon(true);
        stopper.start();
        return stopper;
    }

    private static void stopQuietly(LessonServer server) {
        try {
            server.stop(LessonServer.STOP_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // cleaning up after a check: the stop check is the one that reports a stop() that throws
        }
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
