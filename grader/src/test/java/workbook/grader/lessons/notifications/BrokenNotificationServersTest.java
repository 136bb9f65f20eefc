package workbook.grader.lessons.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.grade;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.Grading;
import workbook.grader.broken.lesson06.AnswersMessages;
import workbook.grader.broken.lesson06.DelaysTheFirst;
import workbook.grader.broken.lesson06.HalfThePeriod;
import workbook.grader.broken.lesson06.KeepsClosedClients;
import workbook.grader.broken.lesson06.LeaksItsTimer;
import workbook.grader.broken.lesson06.StopsAfterTheFirst;
import workbook.grader.broken.lesson06.TimerPerConnection;
import workbook.grader.broken.lesson06.TwiceThePeriod;
import workbook.grader.broken.lesson06.TypoInTheNotification;
import workbook.grader.run.LessonResult;

@DisplayName("Lesson 06: each broken notifier fails the check aimed at its fault, with the words a student sees")
class BrokenNotificationServersTest {

    private static final String SPACING = "Notifications come once per period";
    private static final String TOLERANCE = "Expected: intervals whose median is between 133 and 300 ms (the period, 200 ms, within a factor of 1.5 either way)";

    @Test
    void twiceThePeriodIsCaughtWithTheIntervalsItKept() {
        LessonResult result = grade("06", broken(TwiceThePeriod.class));
        assertFails(result, SPACING, "client-1's notifications did not come every 200 ms: the median interval was ",
                TOLERANCE, "Got:      intervals of ", "Hint: Notifications come too seldom.",
                "client-1 received notifications at 0, ");
        assertThat(median(result)).as("the median a 400 ms notifier shows").isBetween(350L, 450L);
    }

    @Test
    void halfThePeriodIsCaughtWithTheIntervalsItKept() {
        LessonResult result = grade("06", broken(HalfThePeriod.class));
        assertFails(result, SPACING, "the median interval was ", TOLERANCE, "Hint: Notifications come too often.");
        assertThat(median(result)).as("the median a 100 ms notifier shows").isBetween(70L, 130L);
    }

    @Test
    void aTimerPerConnectionNotifiesTooOften() {
        assertFails(grade("06", broken(TimerPerConnection.class)), SPACING, TOLERANCE,
                "Hint: Notifications come too often. Is there only one timer, or does onOpen or onMessage start another?");
    }

    @Test
    void aTimerThatRunsOnceIsSaidToHaveStopped() {
        assertFails(grade("06", broken(StopsAfterTheFirst.class)), SPACING,
                "client-1 received 1 notification, then nothing for 1400 ms: they must keep coming every 200 ms.",
                "Got:      nothing arrived");
    }

    @Test
    void aTypoIsQuotedBesideTheExpectedText() {
        assertFails(grade("06", broken(TypoInTheNotification.class)), "Every connected client receives the notification text exactly",
                "client-1 received a different text.",
                "Expected: client-1 receives text \"This is a real-time notification\" within 1400 ms of connecting",
                "Got:      text \"This is a real time notification\"");
    }

    @Test
    void sendingToAClosedClientIsCaughtByItsError() {
        assertFails(grade("06", broken(KeepsClosedClients.class)), "After a client closes, the others keep receiving, and no error is logged",
                "After client-2 closed, the server reported an error: org.java_websocket.exceptions.WebsocketNotConnectedException",
                "3. client-1 connected", "client-2 closed its connection (close frame)",
                "Hint: Sending to a closed connection throws. Do you loop over getConnections()");
    }

    @Test
    void aTimerLeftRunningAfterStopIsNamed() {
        assertFails(grade("06", broken(LeaksItsTimer.class)),
                "stop() closes every connection, releases the port and leaves no timer thread",
                "stop() left something behind.", "threads left: [notifier]",
                "Hint: Does your stop(int, String) override shut the timer down (timer.shutdownNow())");
    }

    @Test
    void anAnswerToAClientMessageIsCaught() {
        assertFails(grade("06", broken(AnswersMessages.class)), "A client's messages get no answer, only notifications",
                "client-1 received a frame it should not have.", "Got:      text \"You said: hello\"",
                "Hint: onMessage prints what it receives and sends nothing");
    }

    @Test
    void perConnectionTimersNeverCancelledAreCounted() {
        LessonResult result = grade("06", broken(workbook.grader.broken.lesson06.leaky.PerConnectionNotificationServer.class));
        assertFails(result, "Connecting starts that connection's timer, and closing cancels it",
                "After client-1 closed, 2 timers are scheduled (expected at most 1, one per client still connected).",
                "Expected: scheduledTimers() is at most 1 within 2000 ms",
                "Hint: Does onClose stop the connection's timer? ((ScheduledFuture<?>) conn.getAttachment()).cancel(false), or timer.cancel() for a java.util.Timer");
        assertThat(Grading.find(result, "Connecting starts that connection's timer, and closing cancels it").optional())
                .as("the optional task's checks are marked optional").isTrue();
        assertThat(result.allPassed()).as("only optional checks fail, so the lesson counts as done:%s", Grading.notPassed(result)).isTrue();
    }

    @Test
    void perConnectionTimerThreadsAreCountedEvenWhenTheServersOwnCountIsTidy() {
        LessonResult result = grade("06", broken(workbook.grader.broken.lesson06.timerthreads.PerConnectionNotificationServer.class));
        assertFails(result, "After 200 clients come and go, no timer is left",
                "After 200 clients connected and closed, the server's threads grew from 1 to 201: timers made per connection were left running.",
                "timer-of-/127.0.0.1:");
    }

    @Test
    void aFixedInitialDelayIsCaughtAsALateFirstNotification() {
        assertFails(grade("06", broken(DelaysTheFirst.class)), "Every connected client receives the notification text exactly",
                "client-1 received no notification within 1400 ms of connecting: a client connected for longer than two periods (2 × 200 ms) must have one (the grader waits 1000 ms more, for a busy machine).",
                "Expected: client-1 receives text \"This is a real-time notification\" within 1400 ms of connecting",
                "Hint: The first notification is late. Is the initial delay of scheduleAtFixedRate(task, initialDelay, period, unit) longer than the period?");
    }

    /** The median interval a failure reports, in milliseconds. */
    private static long median(LessonResult result) {
        Matcher median = Pattern.compile("the median interval was (\\d+) ms").matcher(Grading.find(result, SPACING).message());
        assertThat(median.find()).as("the failure names the median interval").isTrue();
        return Long.parseLong(median.group(1));
    }
}
