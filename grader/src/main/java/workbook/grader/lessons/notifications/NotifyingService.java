package workbook.grader.lessons.notifications;

import java.util.List;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.common.EveryLesson;
import workbook.grader.lessons.common.Service;

/**
 * Lesson 06 as the rules for every lesson ({@link EveryLesson}) see it: the server serves its clients by notifying
 * every one of them each period, whatever they send.
 */
final class NotifyingService implements Service {

    static final Msg STOP_HINT = Msg.of(
            "stop(int, String) 을 재정의해서 timer.shutdownNow() 로 타이머를 먼저 멈추고 super.stop(timeout, closeMessage) 를 부르나요? 남은 타이머 스레드는 프로그램이 끝나지 못하게 하고 계속 보냅니다.",
            "Does your stop(int, String) override shut the timer down (timer.shutdownNow()) and then call super.stop(timeout, closeMessage)? "
                    + "A timer thread left running keeps the program alive and keeps sending.");

    private final Check check;
    private final Msg hint;
    private Schedule schedule;

    /** The check's notifier; a missing notification is explained by {@link Schedule#notificationHint()}. */
    NotifyingService(Check check) {
        this(check, null);
    }

    /** {@code hint}: where to look if a notification does not come, in the check's own words. */
    NotifyingService(Check check, Msg hint) {
        this.check = check;
        this.hint = hint;
    }

    /** The schedule, made before the first client connects: it builds the server with the lesson's period. */
    private Schedule schedule() {
        if (schedule == null) {
            schedule = Schedule.of(check);
        }
        return schedule;
    }

    @Override
    public Probe join(Check check) {
        schedule();
        return check.connect();
    }

    /** Whatever was sent, the next notification reaches every client. */
    @Override
    public void expectServed(Check check, Probe sender, List<Probe> clients, String text) {
        schedule().expectNotification(hint(), clients.toArray(Probe[]::new));
    }

    /** Notifications keep coming, so there is no silence to listen for; what else arrives was judged on the way. */
    @Override
    public void quietAfterwards(Check check, List<Probe> clients) {
        // nothing to do: every wait of the schedule already refused anything but a notification
    }

    @Override
    public Msg hint() {
        return hint != null ? hint : schedule().notificationHint();
    }

    @Override
    public Msg stopHint() {
        return STOP_HINT;
    }

    /** A notification: the only frame that may still arrive before stop() closes a connection. */
    @Override
    public boolean mayPrecedeTheClose(Frame frame) {
        return frame.isText(Schedule.NOTIFICATION);
    }
}
