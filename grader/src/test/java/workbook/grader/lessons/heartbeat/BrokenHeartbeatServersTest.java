package workbook.grader.lessons.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.grade;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.Grading;
import workbook.grader.broken.lesson08.AnnouncesTheLeaveTwice;
import workbook.grader.broken.lesson08.ChecksRightAfterThePing;
import workbook.grader.broken.lesson08.CountsBeforeRemoving;
import workbook.grader.broken.lesson08.HangsInOnOpen;
import workbook.grader.broken.lesson08.Impatient;
import workbook.grader.broken.lesson08.LastPongTimes;
import workbook.grader.broken.lesson08.LeaksTheHeartbeat;
import workbook.grader.broken.lesson08.NeverCutsOff;
import workbook.grader.broken.lesson08.NeverPings;
import workbook.grader.broken.lesson08.UsesTheLibraryTimer;
import workbook.grader.core.Check;
import workbook.grader.core.words.Lang;
import workbook.grader.run.CheckResult;
import workbook.grader.run.LessonResult;

@DisplayName("Lesson 08: each broken heartbeat fails the check aimed at its fault, with the words a student sees")
class BrokenHeartbeatServersTest {

    private static final String PINGS = "Every open client receives a ping every interval";
    private static final String CUT_OFF = "A silent client is cut off within two intervals of the ping it left unanswered";
    private static final String ONCE = "The cut-off client's leave is announced once to everyone left, with the right count";

    @Test
    void aHeartbeatNeverStartedIsSaidToHaveNoTimer() {
        LessonResult result = grade("08", broken(NeverPings.class));
        assertFails(result, PINGS, "watcher-2 received no ping within 900 ms: every open client must get a ping every interval (300 ms).",
                "Expected: a ping frame within 900 ms (two intervals and 300 ms to spare)",
                "Got:      watcher-2 received (ms after it connected): text \"새로운 유저 접속 [현재: 2명]\"",
                "Hint: No heartbeat timer thread of your server is running. Does start() call startHeartbeat()");
        assertFails(result, CUT_OFF, "sleeper-1 received no ping within 900 ms");
    }

    @Test
    void aSilentClientLeftOpenIsCaughtWithThePingsItIgnored() {
        LessonResult result = grade("08", broken(NeverCutsOff.class));
        assertFails(result, CUT_OFF, "sleeper-1 stopped answering, yet its connection was still open 700 ms after the ping it left unanswered (it got ",
                "sleeper-1 went to sleep: its connection stays up, but it answers no ping and sends nothing any more",
                "Expected: the server cuts the connection within two intervals (2 × 300 ms, and 100 ms to spare) of the unanswered ping",
                "(not answered)", "Hint: Does beat cut off a connection that did not answer the last ping (isAlive false)");
        assertFails(result, "Several silent clients at once are all cut off, each leave announced", "sleeper-1 stopped answering");
        assertThat(Grading.find(result, "A client that answers its pings stays, however many intervals pass").passed()).isTrue();
    }

    @Test
    void checkingRightAfterThePingCutsOffEveryone() {
        LessonResult result = grade("08", broken(ChecksRightAfterThePing.class));
        // cut off before its next ping or while it is watched, as the timing falls: the same fault, said either way
        assertFails(result, "A client that answers its pings stays, however many intervals pass",
                "The server cut off watcher-1, a client that", "connection ended @",
                "Hint: A client that answers its pings must never be cut off. Look at the order in beat");
    }

    @Test
    void anImpatientServerCutsOffALateButTimelyAnswer() {
        LessonResult result = grade("08", broken(Impatient.class));
        assertFails(result, "A client that answers late, but within the interval, stays",
                "The server cut sleeper-1 off less than 120 ms after its ping.",
                "Expected: one interval (300 ms) to answer a ping", "Hint: A client that answers its pings must never be cut off.");
        assertThat(Grading.find(result, CUT_OFF).passed()).isTrue();
    }

    @Test
    void aLeaveAnnouncedTwiceIsCaught() {
        assertFails(grade("08", broken(AnnouncesTheLeaveTwice.class)), ONCE,
                "heard another leave: sleeper-1's leave was announced twice.", "Got:      text \"유저 연결 해제 [현재: 2명]\"",
                "Hint: A client the heartbeat cuts off reaches onClose too and must be announced once");
    }

    @Test
    void aLeaveWithTheCountFromBeforeIsQuoted() {
        assertFails(grade("08", broken(CountsBeforeRemoving.class), Lang.KO, Map.of()),
                "The cut-off client's leave is announced once to everyone left, with the right count",
                "client-1이 다른 텍스트를 받았습니다.", "기대한 것: client-1이 텍스트 \"유저 연결 해제 [현재: 2명]\"을 받음",
                "받은 것:   텍스트 \"유저 연결 해제 [현재: 3명]\"", "N은 room에서 뺀 뒤의 인원입니다.");
    }

    @Test
    void aHeartbeatLeftRunningAfterStopIsNamed() {
        assertFails(grade("08", broken(LeaksTheHeartbeat.class)),
                "stop() closes every connection, releases the port and leaves no timer thread",
                "stop() left something behind.", "threads left: [heartbeat]", "Hint: Does stopHeartbeat shut the timer down with heartbeat.shutdownNow()?");
    }

    @Test
    void theLibrarysOwnTimerIsNotTheLessonsHeartbeat() {
        LessonResult result = grade("08", broken(UsesTheLibraryTimer.class));
        assertFails(result, "Java-WebSocket's own lost-connection timer is off",
                "Java-WebSocket's own lost-connection timer is on (a ping every 1 s).",
                "Expected: getConnectionLostTimeout() == 0  (setConnectionLostTimeout(0))",
                "Got:      getConnectionLostTimeout() == 1", "Keep the stub constructor's setConnectionLostTimeout(0).");
        assertFails(result, PINGS, "received no ping within 900 ms", "Hint: Java-WebSocket's own timer is on (setConnectionLostTimeout(1))");
    }

    @Test
    void aServerThatHangsFailsEveryCheckWithinFiveSeconds() {
        LessonResult result = grade("08", broken(HangsInOnOpen.class));
        for (CheckResult check : result.checks()) {
            if (!check.name().en().equals("Java-WebSocket's own lost-connection timer is off")) {
                assertThat(check.status()).as(check.name().en()).isEqualTo(CheckResult.Status.FAILED);
            }
            assertThat(check.took()).as("time of '%s'", check.name().en()).isLessThan(Duration.ofSeconds(5));
        }
        assertFails(result, PINGS, "watcher-2 received no ping within 900 ms");
        assertFails(result, "Every join, close and vanishing is announced with the new count",
                "client-1 received nothing within 2000 ms.", "Expected: client-1 receives text \"새로운 유저 접속 [현재: 1명]\"");
    }

    @Test
    void aHeartbeatWrittenAnotherWayPasses() {
        LessonResult result = grade("08", broken(LastPongTimes.class));
        assertThat(result.passed()).as("checks passed by LastPongTimes:%s", Grading.notPassed(result)).isEqualTo(result.total());
    }

    @Test
    @DisplayName("beside other graders (grade-class) the server gets a 1 s interval: a missing heartbeat still fails, the reference passes")
    void besideOtherGradersTheIntervalIsOneSecond() {
        Map<String, String> shared = Map.of(Check.SHARED_MACHINE_PARAMETER, "true");
        LessonResult broken = grade("08", broken(NeverPings.class), Lang.EN, shared);
        assertFails(broken, PINGS, "built the server with a heartbeat interval of 1000 ms: new HeartbeatServer(0, Duration.ofMillis(1000))",
                "received no ping within 2300 ms: every open client must get a ping every interval (1000 ms).");
        LessonResult reference = grade("08", "solution", Lang.EN, shared);
        assertThat(reference.passed()).as("checks passed by the reference:%s", Grading.notPassed(reference)).isEqualTo(reference.total());
    }
}
