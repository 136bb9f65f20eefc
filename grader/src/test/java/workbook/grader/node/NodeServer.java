package workbook.grader.node;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import workbook.grader.core.lesson.WorkbookHome;

/**
 * One of the tutorials' Node.js servers ({@code grader/src/test/node/tutorial/*.js}), run with npm's {@code ws} on a
 * free loopback port for as long as a test needs it. Without {@code node} or {@code node_modules/ws} the test is
 * skipped with one line that names the fix; with {@code CI=true} it fails instead, so CI never skips it silently.
 */
public final class NodeServer implements AutoCloseable {

    /** The folder holding package.json, the lock file, node_modules/ and tutorial/. */
    public static final Path NODE_DIR = WorkbookHome.get().resolve("grader/src/test/node");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final String FIX = "cd grader/src/test/node && npm ci";

    private final String script;
    private final Process process;
    private final int port;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Thread drain;

    private NodeServer(String script, Process process, int port) {
        this.script = script;
        this.process = process;
        this.port = port;
        this.drain = new Thread(this::copyOutput, "node-output-" + script);
        this.drain.setDaemon(true);
        this.drain.start();
    }

    /** Starts {@code tutorial/<script>} with {@code PORT} set and waits, bounded, until the port accepts connections. */
    public static NodeServer start(String script) throws IOException {
        Path node = requireNodeAndWs();
        Path file = NODE_DIR.resolve("tutorial").resolve(script);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such tutorial server: " + file);
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(node.toString(), file.toString())
                .directory(NODE_DIR.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PORT", String.valueOf(port));
        NodeServer server = new NodeServer(script, builder.start(), port);
        try {
            Awaitility.await("node " + script + " listening on port " + port)
                    .atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(50))
                    .until(() -> server.accepts() || !server.process.isAlive());
        } catch (ConditionTimeoutException e) {
            server.close();
            throw new IllegalStateException("node " + script + " did not listen on port " + port + " within "
                    + START_TIMEOUT.toSeconds() + " s; it printed:\n" + server.output(), e);
        }
        if (!server.process.isAlive()) {
            server.close();
            throw new IllegalStateException("node " + script + " exited with code " + server.process.exitValue()
                    + "; it printed:\n" + server.output());
        }
        return server;
    }

    public int port() {
        return port;
    }

    /** The address to grade, in the form {@code Grading.grade} takes. */
    public String target() {
        return "url:ws://127.0.0.1:" + port;
    }

    /** Whether node is still running: a tutorial server that crashed under grading has exited. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the server printed so far (stdout and stderr together). */
    public String output() {
        synchronized (output) {
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    /** Ends node and anything it started, within a bound. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            drain.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "node tutorial/" + script + " on port " + port;
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void copyOutput() {
        byte[] chunk = new byte[4096];
        try (InputStream in = process.getInputStream()) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                synchronized (output) {
                    output.write(chunk, 0, n);
                }
            }
        } catch (IOException processEnded) {
            // the stream closes with the process: nothing more to keep
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    /** The node executable; skips the test (fails it on CI) when node or npm's ws is missing. */
    private static Path requireNodeAndWs() {
        Optional<Path> node = onPath("node");
        boolean ws = Files.isRegularFile(NODE_DIR.resolve("node_modules/ws/package.json"));
        String missing = node.isEmpty() ? "node is not installed (Debian: apt-get install nodejs npm), then run: " + FIX
                : !ws ? "npm's ws is not installed for the tutorial servers: run " + FIX : null;
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("CI=true and the tutorials' Node.js servers cannot run: " + missing);
            }
            assumeTrue(false, missing);
        }
        return node.orElseThrow();
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
