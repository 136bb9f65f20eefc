package workbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.grade;
import static workbook.grader.Grading.gradeTasks;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.node.NodeServer;
import workbook.grader.run.CheckResult;
import workbook.grader.run.LessonResult;

/**
 * The tutorials' own servers (grader/src/test/node/tutorial/), run with npm's ws 8 and graded by URL as a learner
 * would grade them, get the verdicts CONTRACT.md implies: the ones that send text pass, the relays that send the
 * received Buffer on as it is send binary frames and fail, and the explanation says why.
 */
@DisplayName("The tutorials' Node.js servers, graded by URL, get the verdicts CONTRACT.md implies")
class TutorialServersTest {

    private static final String BLOB = "[object Blob]";

    @Test
    @DisplayName("000's echo server passes lesson 01")
    void echoPassesLesson01() throws IOException {
        try (NodeServer server = NodeServer.start("000-echo.js")) {
            assertPassesByUrl(grade("01", server.target()), server);
        }
    }

    @Test
    @DisplayName("001's welcome server passes lesson 02")
    void welcomePassesLesson02() throws IOException {
        try (NodeServer server = NodeServer.start("001-welcome.js")) {
            assertPassesByUrl(grade("02", server.target()), server);
        }
    }

    @Test
    @DisplayName("000's broadcast server passes lesson 03")
    void broadcastPassesLesson03() throws IOException {
        try (NodeServer server = NodeServer.start("000-broadcast.js")) {
            assertPassesByUrl(grade("03", server.target()), server);
        }
    }

    @Test
    @DisplayName("001's chat relay fails lesson 03: ws 8 sends the received Buffer on as a binary frame")
    void chatRelayFailsLesson03WithBinaryFrames() throws IOException {
        try (NodeServer server = NodeServer.start("001-chat.js")) {
            LessonResult result = grade("03", server.target());
            assertThat(result.allPassed()).as("001's chat relay must not pass lesson 03").isFalse();
            assertFails(result, "Every client, the sender included, receives \"Broadcast: \" and the message",
                    "client-1 received a binary frame where text was expected", BLOB,
                    "Expected: client-1 receives text \"Broadcast: Hello everyone!\"",
                    "Got:      binary frame (15 bytes)",
                    "sending it on as it is sends binary: send message.toString()");
        }
    }

    @Test
    @DisplayName("003's relay fails lesson 04: ws 8 sends the received Buffer on as a binary frame")
    void relayFailsLesson04WithBinaryFrames() throws IOException {
        try (NodeServer server = NodeServer.start("003-relay.js")) {
            LessonResult result = grade("04", server.target());
            assertThat(result.allPassed()).as("003's relay must not pass lesson 04").isFalse();
            assertFails(result, "Every other client receives the message unchanged",
                    "client-2 received a binary frame where text was expected", BLOB,
                    "Expected: client-2 receives text \"Hello, everyone else!\"",
                    "Got:      binary frame (21 bytes)",
                    "sending it on as it is sends binary: send message.toString()");
            assertThat(Grading.find(result, "The sender does not get its own message back").status())
                    .as("003 does skip the sender; only its frames are wrong").isEqualTo(CheckResult.Status.FAILED);
        }
    }

    @Test
    @DisplayName("003's relay as it ran on ws 7 (text as text, binary as binary) passes lesson 04")
    void relayOnWs7PassesLesson04() throws IOException {
        try (NodeServer server = NodeServer.start("003-relay-ws7.js")) {
            assertPassesByUrl(grade("04", server.target()), server);
        }
    }

    @Test
    @DisplayName("A static server that joins the decoded path to its folder fails lesson 07's traversal checks by URL")
    void decodedJoinFailsLesson07ByUrl() throws IOException {
        try (NodeServer server = NodeServer.start("static-decoded-join.js")) {
            // tasks 1 and 2, the static files: this server answers no WebSocket check, and each would wait 2 s for nothing
            LessonResult result = gradeTasks("07", server.target(), Map.of("workbook.http", "http://127.0.0.1:" + server.port()), 1, 2);
            String climb = "../".repeat(12);
            assertFails(result, "Plain .. segments cannot leave the folder",
                    "GET /" + climb + "etc/passwd served a file outside the front folder: the system file /etc/passwd.",
                    "Got:      200 OK", "Leave it to Undertow's PathResourceManager");
            assertFails(result, "Percent-encoded .. cannot leave the folder",
                    "GET /" + "%2e%2e/".repeat(12) + "etc/passwd served a file outside the front folder");
            assertFails(result, "Encoded slashes, backslashes and semicolons cannot leave the folder",
                    "GET /" + "..%2f".repeat(12) + "etc/passwd served a file outside the front folder");
            assertThat(Grading.find(result, "GET / answers index.html as text/html; charset=UTF-8").passed())
                    .as("the page itself is served: only the traversal is wrong").isTrue();
        }
    }

    /** Every check that can run against a server at a URL passes; only stop() is skipped, and node is still up. */
    private static void assertPassesByUrl(LessonResult result, NodeServer server) {
        assertThat(result.total()).as("checks that ran").isGreaterThanOrEqualTo(8);
        assertThat(result.passed()).as("checks passed by %s:%s\n--- node printed:\n%s", server,
                Grading.notPassed(result), server.output()).isEqualTo(result.total());
        assertThat(result.checks().stream().filter(c -> c.status() == CheckResult.Status.SKIPPED).map(c -> c.name().en()))
                .as("skipped checks").allMatch(name -> name.startsWith("stop()") || name.startsWith("A client that is closing"));
        assertThat(server.isAlive()).as("%s is still running after grading; it printed:\n%s", server, server.output())
                .isTrue();
    }
}
