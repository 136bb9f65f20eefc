package workbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.grade;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.grader.core.Lang;
import workbook.grader.core.WorkbookHome;
import workbook.grader.run.CheckResult;
import workbook.grader.run.LessonResult;

/**
 * The tutorials' own servers for lessons 05 and 06 (grader/src/test/node/tutorial, run with npm's ws 8), graded by URL
 * as a learner grades a Node.js server. The channel server of 000 must fail on both of its defects, in the words a
 * student reads; 001's notifier must pass lesson 06 at its period of 5 seconds. About 20 seconds in all: the notifier
 * is graded at its own pace, its checks side by side.
 */
@DisplayName("The tutorials' channel server (000) fails on both defects; their notifier (001) passes lesson 06 at 5 s")
@Timeout(value = 50, unit = TimeUnit.SECONDS)
class TutorialChannelAndNotificationServersTest {

    private static final Path NODE_DIR = WorkbookHome.get().resolve("grader").resolve("src").resolve("test").resolve("node");

    @BeforeAll
    static void nodeAndWsAreThere() {
        boolean ready = Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("ws")) && TutorialServer.nodeRuns();
        if (!ready && "true".equals(System.getenv("CI"))) {
            fail("CI runs the tutorials' Node.js servers: install Node.js and run npm ci in " + NODE_DIR);
        }
        assumeTrue(ready, "needs node and npm's ws in " + NODE_DIR + " (npm ci there)");
    }

    @Test
    void theChannelServerFailsOnBothDefects() throws Exception {
        try (TutorialServer server = TutorialServer.start("000-channels.js")) {
            LessonResult result = grade("05", server.target());
            assertFails(result, "A subscribe request is never relayed to the channel",
                    "client-1 received client-3's subscribe request relayed as a channel message: \"Channel news: undefined\".",
                    "Hint: A subscribe request is a request to carry out, not a message for the channel.");
            assertFails(result, "Text that is not JSON gets an error, and the connection stays open",
                    "The server stopped answering after client-1 sent text \"hello\": client-1's connection closed (code 1006",
                    "new connections are refused. Did the server crash?",
                    "Hint: Look at your server's console: did it die with an exception on that message? In Node, JSON.parse throws");
            assertThat(server.exited()).as("the tutorial's server ended on text that is not JSON; it printed:%n%s", server.output())
                    .isTrue();
            assertThat(server.output()).contains("SyntaxError");
        }
    }

    @Test
    void theNotifierPassesAtItsPeriodOfFiveSeconds() throws Exception {
        try (TutorialServer server = TutorialServer.start("001-notifications.js")) {
            LessonResult result = grade("06", server.target(), Lang.EN, Map.of("workbook.period", Duration.ofSeconds(5).toString()));
            assertThat(result.passed()).as("checks passed by the tutorial's notifier:%s", Grading.notPassed(result))
                    .isEqualTo(result.total()).isEqualTo(7);
            assertThat(result.checks()).filteredOn(c -> c.status() == CheckResult.Status.SKIPPED)
                    .as("only what needs a server the grader started is skipped")
                    .extracting(c -> c.name().en())
                    .containsExactlyInAnyOrder("stop() closes every connection, releases the port and leaves no timer thread",
                            "After 200 clients come and go, no timer is left",
                            "Connecting starts that connection's timer, and closing cancels it");
        }
    }

    @Test
    void theNotifierCannotBeGradedWithoutItsPeriod() throws Exception {
        try (TutorialServer server = TutorialServer.start("001-notifications.js")) {
            LessonResult result = grade("06", server.target());
            assertFails(result, "Notifications come once per period",
                    "To grade a notifier that is already running, the grader needs its period: add --period, for example: "
                            + "./workbook check 06 --url ws://localhost:8080 --period 5s",
                    "Got:      no --period");
            assertThat(result.took()).as("without a period nothing is waited for").isLessThan(Duration.ofSeconds(5));
        }
    }

    /** One tutorial server run by node on a free port, stopped when the test is done. */
    private static final class TutorialServer implements AutoCloseable {
        private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

        private final Process process;
        private final int port;
        private final StringBuffer output = new StringBuffer();

        private TutorialServer(Process process, int port) {
            this.process = process;
            this.port = port;
            Thread reader = new Thread(() -> copy(process.getInputStream()), "node-output");
            reader.setDaemon(true);
            reader.start();
        }

        static boolean nodeRuns() {
            try {
                Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
                return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        static TutorialServer start(String script) throws IOException, InterruptedException {
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder("node", "tutorial/" + script).directory(NODE_DIR.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("PORT", String.valueOf(port));
            TutorialServer server = new TutorialServer(builder.start(), port);
            try {
                Awaitility.await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(20))
                        .until(() -> !server.process.isAlive() || server.accepts());
            } catch (ConditionTimeoutException e) {
                server.close();
                fail("%s did not listen on port %d within %d ms; it printed:%n%s", script, port, START_TIMEOUT.toMillis(), server.output());
            }
            if (!server.process.isAlive()) {
                fail("%s ended at once; it printed:%n%s", script, server.output());
            }
            return server;
        }

        String target() {
            return "url:ws://127.0.0.1:" + port;
        }

        String output() {
            return output.toString();
        }

        /** Whether the process has ended, waiting a moment for a crash to finish. */
        boolean exited() throws InterruptedException {
            return process.waitFor(2, TimeUnit.SECONDS);
        }

        private boolean accepts() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private void copy(InputStream in) {
            byte[] buffer = new byte[4096];
            try (in) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException ended) {
                output.append("\n(output ended: ").append(ended.getMessage()).append(")");
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        }
    }
}
