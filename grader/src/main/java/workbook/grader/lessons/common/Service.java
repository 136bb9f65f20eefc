package workbook.grader.lessons.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;

/**
 * What a lesson's server does for its clients, as the rules for every lesson ({@link EveryLesson}) see it: clients
 * join, and while they are there the server serves them, by answering what they send ({@link Delivery}) or by
 * speaking on its own (lesson 06's notifications).
 */
public interface Service {

    /** Opens a client that is ready to be served: lesson 02 also takes its welcome here. */
    default Probe join(Check check) {
        return check.connect();
    }

    default List<Probe> join(Check check, int count) {
        List<Probe> joined = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            joined.add(join(check));
        }
        return joined;
    }

    /**
     * The server still serves {@code clients}: what {@code sender} sends as {@code text} reaches whom it should, or,
     * for a server that speaks on its own, its next words reach every one of them.
     */
    void expectServed(Check check, Probe sender, List<Probe> clients, String text);

    /**
     * After each client of {@code sentBytes} sent a binary frame of that many bytes: what may come back. By default text only (a binary frame from a
     * client may be ignored, or answered with text); lesson 04 may also relay it unchanged, as binary.
     */
    default void afterBinary(Check check, Map<Probe, Integer> sentBytes) {
        check.drainText(sentBytes.keySet().toArray(Probe[]::new));
    }

    /** Every check ends by listening for strays: a frame that arrives late to someone who should get nothing. */
    default void quietAfterwards(Check check, List<Probe> clients) {
        check.expectSilence(hint(), clients.toArray(Probe[]::new));
    }

    /** What to look at when the service goes wrong. */
    Msg hint();

    /** Where to look when stop() leaves something behind. */
    default Msg stopHint() {
        return Msg.of("직접 만든 스레드나 타이머가 있다면 stop() 에서 멈추세요.", "If you started threads or timers yourself, stop them in stop().");
    }

    /** A frame that may still arrive between stop() and the close (a notification on its way, another client's leave). */
    default boolean mayPrecedeTheClose(Frame frame) {
        return false;
    }
}
