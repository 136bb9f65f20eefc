package workbook.grader.core.server;

import java.lang.reflect.Field;
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
import org.java_websocket.server.WebSocketServer;
import workbook.grader.core.BoundedWork;
import workbook.grader.core.server.InProcessServer.ServerStartException;
import workbook.grader.core.words.Msg;
import workbook.support.HttpLesson;
import workbook.support.LessonServer;

/**
 * A lesson server the grader built and started in this JVM. Every thread the server makes is born in
 * {@code threads}, a group of its own, so after {@code stop()} the grader can name any thread the lesson left running.
 */
record LocalInside(LessonServer server, ThreadGroup threads, int port) implements ServerInside {

    private static final AtomicInteger SERVERS = new AtomicInteger();

    /** Builds and starts the server on port 0; every way this can fail is explained in a {@link ServerStartException}. */
    static LocalInside start(Class<?> serverClass, ServerRecipe recipe, Duration timeout)
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
            return new LocalInside(server, group, server.awaitListening(timeout));
        } catch (IllegalStateException e) {
            stopQuietly(server);
            throw new ServerStartException(StartFailures.notListening(simpleName, e), e);
        }
    }

    @Override
    public int httpPort() {
        return server instanceof HttpLesson http ? http.httpPort() : -1;
    }

    @Override
    public Msg description() {
        String name = server.getClass().getSimpleName();
        return Msg.of(name + " (채점기가 이 JVM 에서 포트 " + port + " 로 시작함)",
                name + " (started by the grader in this JVM on port " + port + ")");
    }

    @Override
    public List<Throwable> errors() {
        return server.errors();
    }

    @Override
    public Optional<ListedConnection> listed(int clientPort) {
        return ListedConnection.of(server, clientPort);
    }

    @Override
    public StopCall stop(Duration bound) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        boolean returned = BoundedWork.endsWithin(bound, "grader-stops-server", () -> {
            try {
                server.stop(LessonServer.STOP_TIMEOUT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        });
        return new StopCall(returned, thrown.get());
    }

    @Override
    public List<String> liveThreads() {
        Thread[] all = new Thread[threads.activeCount() + 16];
        int n = threads.enumerate(all, true);
        List<String> names = new ArrayList<>();
        Arrays.stream(all, 0, n).filter(Objects::nonNull).filter(Thread::isAlive)
                .forEach(t -> names.add(t.getName()));
        return names;
    }

    /** Java-WebSocket keeps its listening channel to itself. */
    @Override
    public boolean closedItsListeningSocket() {
        try {
            Field field = WebSocketServer.class.getDeclaredField("server");
            field.setAccessible(true);
            return field.get(server) instanceof ServerSocketChannel channel && !channel.isOpen();
        } catch (ReflectiveOperationException | RuntimeException unknownLayout) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            BoundedWork.endsWithin(Duration.ofMillis(LessonServer.STOP_TIMEOUT_MILLIS * 2L), "grader-cleans-up",
                    () -> stopQuietly(server));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops {@code server} on a daemon thread of its own, without waiting: a stop() that hangs holds nobody. */
    private static void stopAside(LessonServer server, String threadName) {
        Thread stopper = new Thread(() -> stopQuietly(server), threadName);
        stopper.setDaemon(true);
        stopper.start();
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
}
