package workbook.grader.run.crowded;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import workbook.grader.core.CheckFailed;

/**
 * Two checks whose step waits in vain, as a step of a real check reports it: one only the first time (a server that
 * was not given the CPU to answer beside the others), one every time (a server that never answers); and six that
 * pass, so that those two are a few of the checks. Not a test of its own: {@code RerunAloneTest} runs it through the
 * grade runner.
 */
public class WaitedInVainChecks {

    public static final AtomicInteger ONCE_RUNS = new AtomicInteger();
    public static final AtomicInteger ALWAYS_RUNS = new AtomicInteger();

    public static void reset() {
        ONCE_RUNS.set(0);
        ALWAYS_RUNS.set(0);
    }

    @Test
    void answersWhenRunAgain() {
        if (ONCE_RUNS.incrementAndGet() == 1) {
            throw CheckFailed.waitedInVain("no answer within 2000 ms (first run)");
        }
    }

    @Test
    void neverAnswers() {
        ALWAYS_RUNS.incrementAndGet();
        throw CheckFailed.waitedInVain("no answer within 2000 ms");
    }

    @RepeatedTest(6)
    void answers() {
        // passes
    }
}
