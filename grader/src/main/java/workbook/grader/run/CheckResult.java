package workbook.grader.run;

import java.time.Duration;
import workbook.grader.core.words.Msg;

/**
 * The outcome of one check: its task, its name, whether it passed, and the learner's explanation if not.
 * {@code optional} marks the checks of an optional task ({@code @Tag("optional")}): they are graded and shown, but a
 * lesson is done without them.
 */
public record CheckResult(int task, Msg taskTitle, Msg name, Status status, String message, Duration took,
                          boolean optional) {

    public enum Status { PASSED, FAILED, SKIPPED }

    /** A check of a required task. */
    public CheckResult(int task, Msg taskTitle, Msg name, Status status, String message, Duration took) {
        this(task, taskTitle, name, status, message, took, false);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    /** The first line of the explanation: what went wrong, in one sentence. */
    public String headline() {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
