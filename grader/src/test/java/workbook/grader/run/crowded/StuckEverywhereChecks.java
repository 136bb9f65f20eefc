package workbook.grader.run.crowded;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** 31 checks of 1 s that all run out of time: together more than the grade runner runs again. Run by {@code RerunAloneTest}. */
@ExtendWith(OutOfTimeAsCheckFailed.class)
@Timeout(value = 1, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public class StuckEverywhereChecks {

    public static final AtomicInteger RUNS = new AtomicInteger();

    @RepeatedTest(31)
    void neverFinishes() {
        RUNS.incrementAndGet();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> false);
    }
}
