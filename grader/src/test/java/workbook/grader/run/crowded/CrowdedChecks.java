package workbook.grader.run.crowded;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three checks that run out of time side by side and finish when run again, as on a machine too busy to finish them
 * together, and one that never finishes. Not a test of its own: {@code RerunAloneTest} runs it through the grade runner.
 */
@ExtendWith(OutOfTimeAsCheckFailed.class)
@Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public class CrowdedChecks {

    public static final AtomicInteger RUNS = new AtomicInteger();
    public static final AtomicInteger STUCK_RUNS = new AtomicInteger();
    /** The most second runs that were running at the same time. */
    public static final AtomicInteger MOST_AT_ONCE_AGAIN = new AtomicInteger();
    private static final AtomicInteger RUNNING_AGAIN = new AtomicInteger();
    private static volatile CountDownLatch together = new CountDownLatch(3);

    public static void reset() {
        RUNS.set(0);
        STUCK_RUNS.set(0);
        MOST_AT_ONCE_AGAIN.set(0);
        together = new CountDownLatch(3);
    }

    @Test
    void first() throws InterruptedException {
        finishesWhenRunAgain();
    }

    @Test
    void second() throws InterruptedException {
        finishesWhenRunAgain();
    }

    @Test
    void third() throws InterruptedException {
        finishesWhenRunAgain();
    }

    @Test
    void neverFinishes() {
        STUCK_RUNS.incrementAndGet();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> false);
    }

    /** The first time, the three meet and then wait for a second run, which only the grade runner can start. */
    private static void finishesWhenRunAgain() throws InterruptedException {
        if (RUNS.incrementAndGet() <= 3) {
            together.countDown();
            together.await(2, TimeUnit.SECONDS);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> RUNS.get() > 3);
            return;
        }
        MOST_AT_ONCE_AGAIN.accumulateAndGet(RUNNING_AGAIN.incrementAndGet(), Math::max);
        try {
            Awaitility.await().pollDelay(Duration.ofMillis(50)).atMost(Duration.ofMillis(500)).until(() -> true);
        } finally {
            RUNNING_AGAIN.decrementAndGet();
        }
    }
}
