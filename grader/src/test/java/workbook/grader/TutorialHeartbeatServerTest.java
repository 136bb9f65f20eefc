package workbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.grade;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.grader.core.words.Lang;
import workbook.grader.node.NodeServer;
import workbook.grader.run.CheckResult;
import workbook.grader.run.LessonResult;

/**
 * The ws README's heartbeat (grader/src/test/node/tutorial/ws-heartbeat.js, npm's ws 8) graded by URL at 250 ms, as a
 * learner grades a Node.js server: it passes every check a running server allows. About 12 seconds: a running server's
 * checks take turns.
 */
@DisplayName("The ws README's heartbeat passes lesson 08 by URL, given its interval")
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TutorialHeartbeatServerTest {

    @Test
    void theReadmesHeartbeatPassesAtItsInterval() throws IOException {
        try (NodeServer server = NodeServer.start("ws-heartbeat.js")) {
            LessonResult result = grade("08", server.target(), Lang.EN, Map.of("workbook.period", Duration.ofMillis(250).toString()));
            assertThat(result.passed()).as("checks passed by the ws README's heartbeat:%s", Grading.notPassed(result))
                    .isEqualTo(result.total()).isEqualTo(8);
            assertThat(result.checks()).filteredOn(c -> c.status() == CheckResult.Status.SKIPPED)
                    .as("only what needs a server the grader started is skipped")
                    .extracting(c -> c.name().en())
                    .containsExactlyInAnyOrder("stop() closes every connection, releases the port and leaves no timer thread",
                            "Java-WebSocket's own lost-connection timer is off");
        }
    }

    @Test
    void itCannotBeGradedWithoutItsInterval() throws IOException {
        try (NodeServer server = NodeServer.start("ws-heartbeat.js")) {
            LessonResult result = grade("08", server.target());
            assertFails(result, "Every open client receives a ping every interval",
                    "To grade a heartbeat server that is already running, the grader needs its interval: add --period.",
                    "Got:      no --period", "./workbook check 08 --url ws://localhost:8080 --period 1s");
            assertThat(result.took()).as("without an interval nothing is waited for").isLessThan(Duration.ofSeconds(5));
        }
    }
}
