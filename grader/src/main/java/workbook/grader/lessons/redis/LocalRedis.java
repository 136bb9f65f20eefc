package workbook.grader.lessons.redis;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import workbook.grader.core.TempFolders;

/**
 * A real Redis for lesson 09: the operating system's {@code redis-server}, started on a free loopback port with
 * persistence off, in a temporary folder of its own, and stopped after. It can be stopped and started again on the
 * same port while the lesson's instances run, as when a Redis server restarts. The grader, {@code ./workbook serve}
 * and the tests all start Redis through this class.
 */
public final class LocalRedis implements AutoCloseable {

    /** One line that says how to get Redis, for {@code check 09}, {@code serve} and the tests. */
    public static final String HOW_TO_INSTALL = "redis-server 가 없습니다 / redis-server is not installed:"
            + " Debian/Ubuntu `sudo apt install redis-server`, macOS `brew install redis`,"
            + " or a container `docker run -p 6379:6379 redis` (then grade with --redis redis://localhost:6379)";

    /** How long Redis may take to answer PING after it was started. */
    private static final Duration READY_BOUND = Duration.ofSeconds(5);
    private static final int PORT_ATTEMPTS = 3;
    /** Every port {@link #freePort()} has given out in this JVM. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final Duration STOP_BOUND = Duration.ofSeconds(5);
    private static final List<String> USUAL_PLACES = List.of("/usr/bin", "/usr/sbin", "/usr/local/bin",
            "/opt/homebrew/bin", "/usr/local/sbin");

    /** Every redis-server this JVM runs now; ended by a shutdown hook when the JVM ends first (Ctrl-C in a check). */
    private static final java.util.Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly),
                "workbook-redis-cleanup"));
    }

    private final Path executable;
    private final Path folder;
    private final int port;
    private volatile Process process;

    private LocalRedis(Path executable, Path folder, int port) {
        this.executable = executable;
        this.folder = folder;
        this.port = port;
    }

    /** Names the redis-server to run instead of looking for one ({@code -Dworkbook.redisServer=/opt/redis/bin/redis-server}). */
    public static final String PROPERTY = "workbook.redisServer";

    /** Where {@code redis-server} is: where {@link #PROPERTY} says, or on the PATH, or in one of the usual folders. */
    public static Optional<Path> executable() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(Files::isExecutable);
        }
        List<String> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            dirs.addAll(List.of(path.split(File.pathSeparator)));
        }
        dirs.addAll(USUAL_PLACES);
        return dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, "redis-server"))
                .filter(Files::isExecutable).findFirst();
    }

    public static boolean installed() {
        return executable().isPresent();
    }

    /** Whether grading {@code lesson} starts a Redis (lesson 09). */
    public static boolean neededBy(workbook.grader.core.lesson.Lessons.Lesson lesson) {
        return lesson.checks().equals("workbook.grader.lessons.redis.RedisBroadcastChecks");
    }

    /**
     * Starts Redis on a free loopback port and waits, bounded, until it answers PING.
     *
     * @throws NotInstalled when there is no {@code redis-server} on this machine
     * @throws IOException  when it does not start or answer in time (the message holds what it printed)
     */
    public static LocalRedis start() throws IOException {
        Path executable = executable().orElseThrow(NotInstalled::new);
        for (int attempt = 1; ; attempt++) {
            LocalRedis redis = new LocalRedis(executable, TempFolders.create("workbook-redis-"), freePort());
            try {
                redis.launch();
                return redis;
            } catch (IOException | RuntimeException e) {
                redis.close();
                // the free port was taken by someone else between the look and redis-server's bind: take another
                if (attempt == PORT_ATTEMPTS || !String.valueOf(e.getMessage()).contains("Address already in use")) {
                    throw e;
                }
            }
        }
    }

    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:PORT}, the address lesson 09's servers are built with. */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    public boolean isRunning() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** Ends Redis, as a crash or a restart of the Redis server would: every client of it loses its connection. */
    public synchronized void stop() {
        Process running = process;
        process = null;
        if (running == null) {
            return;
        }
        running.destroy();
        RUNNING.remove(running);
        try {
            if (!running.waitFor(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly().waitFor(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }

    /** Starts Redis again on the same port and waits until it answers. */
    public synchronized void restart() throws IOException {
        stop();
        launch();
    }

    @Override
    public void close() {
        stop();
        TempFolders.delete(folder);
    }

    private synchronized void launch() throws IOException {
        Path log = folder.resolve("redis.log");
        Process started = new ProcessBuilder(executable.toString(), "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder.toString(),
                "--daemonize", "no", "--loglevel", "warning")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process = started;
        RUNNING.add(started);
        long deadline = System.nanoTime() + READY_BOUND.toNanos();
        while (true) {
            if (Resp.answersPing(port)) {
                if (endsWithin(started, Duration.ofMillis(20))) {
                    // another Redis answered on this port, and ours ended: it could not bind
                    stop();
                    throw new IOException("redis-server could not listen on port " + port + ": Address already in use");
                }
                return;
            }
            if (!started.isAlive() || System.nanoTime() > deadline) {
                stop();
                String printed = Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8).strip() : "";
                throw new IOException("redis-server did not answer on port " + port + " within "
                        + READY_BOUND.toSeconds() + " s" + (printed.isEmpty() ? "" : "; it printed: " + printed));
            }
            try {
                started.waitFor(10, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting redis-server", e);
            }
        }
    }

    private static boolean endsWithin(Process process, Duration bound) throws IOException {
        try {
            return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting redis-server", e);
        }
    }

    /** A loopback port nobody listens on at this moment. */
    public static int freePort() {
        try {
            while (true) {
                int port;
                try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    port = socket.getLocalPort();
                }
                // checks run side by side: two asking at once may be told the same port; each gets one of its own
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** There is no {@code redis-server} here; the message is {@link #HOW_TO_INSTALL}. */
    public static final class NotInstalled extends IllegalStateException {
        public NotInstalled() {
            super(HOW_TO_INSTALL);
        }
    }
}
