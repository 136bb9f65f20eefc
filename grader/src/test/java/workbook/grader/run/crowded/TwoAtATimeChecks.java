package workbook.grader.run.crowded;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import workbook.grader.core.ChecksAtOnce;

/**
 * Six checks that each stay a while, in a class that allows two at once. Not a test of its own: {@code
 * ChecksAtOnceTest} runs it through the grade runner and reads how many ran at the same time.
 */
@ChecksAtOnce(2)
public class TwoAtATimeChecks {

    public static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
    private static final AtomicInteger RUNNING = new AtomicInteger();
    /** Long enough for all six to have started, if nothing held them back. */
    private static final Duration STAY = Duration.ofMillis(300);

    @Test
    void one() {
        stay();
    }

    @Test
    void two() {
        stay();
    }

    @Test
    void three() {
        stay();
    }

    @Test
    void four() {
        stay();
    }

    @Test
    void five() {
        stay();
    }

    @Test
    void six() {
        stay();
    }

    private static void stay() {
        MOST_AT_ONCE.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            Awaitility.await().pollInterval(Duration.ofMillis(10)).atMost(STAY).until(() -> RUNNING.get() > 2);
        } catch (ConditionTimeoutException expected) {
            // no third check came while this one stayed
        } finally {
            RUNNING.decrementAndGet();
        }
    }
}
