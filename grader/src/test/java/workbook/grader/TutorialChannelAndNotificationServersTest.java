package workbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.grade;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.grader.core.words.Lang;
import workbook.grader.node.NodeServer;
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

    @Test
    void theChannelServerFailsOnBothDefects() throws IOException {
        try (NodeServer server = NodeServer.start("000-channels.js")) {
            LessonResult result = grade("05", server.target());
            assertFails(result, "A subscribe request is never relayed to the channel",
                    "client-1 received client-3's subscribe request relayed as a channel message: \"Channel news: undefined\".",
                    "Hint: A subscribe request is a request to carry out, not a message for the channel.");
            assertFails(result, "Text that is not JSON gets an error, and the connection stays open",
                    "The server stopped answering after client-1 sent text \"hello\": client-1's connection closed (code 1006",
                    // refused, or dropped before the handshake while node is still exiting: both end the same way
                    "Did the server crash?",
                    "Hint: Look at your server's console: did it die with an exception on that message? In Node, JSON.parse throws");
            Awaitility.await("node to end after its crash").atMost(Duration.ofSeconds(2)).until(() -> !server.isAlive());
            assertThat(server.output()).as("what the tutorial's server printed as it died").contains("SyntaxError");
        }
    }

    @Test
    void theNotifierPassesAtItsPeriodOfFiveSeconds() throws IOException {
        try (NodeServer server = NodeServer.start("001-notifications.js")) {
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
    void theNotifierCannotBeGradedWithoutItsPeriod() throws IOException {
        try (NodeServer server = NodeServer.start("001-notifications.js")) {
            LessonResult result = grade("06", server.target());
            assertFails(result, "Notifications come once per period",
                    "To grade a notifier that is already running, the grader needs its period: add --period, for example: "
                            + "./workbook check 06 --url ws://localhost:8080 --period 5s",
                    "Got:      no --period");
            assertThat(result.took()).as("without a period nothing is waited for").isLessThan(Duration.ofSeconds(5));
        }
    }
}
