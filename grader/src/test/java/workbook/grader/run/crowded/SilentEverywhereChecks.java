package workbook.grader.run.crowded;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import workbook.grader.core.CheckFailed;

/**
 * Four checks whose step waits in vain every time, as beside a server that never answers, or one whose own fork bomb
 * takes the CPU. Not a test of its own: {@code RerunAloneTest} runs it through the grade runner.
 */
public class SilentEverywhereChecks {

    public static final AtomicInteger RUNS = new AtomicInteger();

    @RepeatedTest(4)
    void neverAnswers() {
        RUNS.incrementAndGet();
        throw CheckFailed.waitedInVain("no answer within 2000 ms");
    }
}
