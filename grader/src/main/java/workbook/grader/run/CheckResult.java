package workbook.grader.run;

import java.time.Duration;
import workbook.grader.core.Msg;

/** The outcome of one check: its task, its name, whether it passed, and the learner's explanation if not. */
public record CheckResult(int task, Msg taskTitle, Msg name, Status status, String message, Duration took) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public boolean passed() {
        return status == Status.PASSED;
    }

    /** The first line of the explanation: what went wrong, in one sentence. */
    public String headline() {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
