package workbook.grader.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import workbook.grader.core.lesson.Lessons.Lesson;

/**
 * Every check of one lesson run against one target; the score is checks passed out of all that ran.
 * {@code serverOutput} is what the lesson's code printed meanwhile (cut short if it floods).
 * A lesson is done when every check of its required tasks passes; the checks of an optional task count apart.
 */
public record LessonResult(Lesson lesson, List<CheckResult> checks, Duration took, String serverOutput) {

    public long passed() {
        return checks.stream().filter(CheckResult::passed).count();
    }

    /** Checks that ran (skipped ones, such as stop() against a running server, do not count). */
    public long total() {
        return checks.stream().filter(c -> c.status() != CheckResult.Status.SKIPPED).count();
    }

    /** Every check of the required tasks passed (an optional task may still be open). */
    public boolean allPassed() {
        long required = ran(false);
        return required > 0 && passed(false) == required;
    }

    /** Checks of optional tasks that ran, and how many of them passed. */
    public long optionalTotal() {
        return ran(true);
    }

    public long optionalPassed() {
        return passed(true);
    }

    private long ran(boolean optional) {
        return checks.stream().filter(c -> c.optional() == optional && c.status() != CheckResult.Status.SKIPPED).count();
    }

    private long passed(boolean optional) {
        return checks.stream().filter(c -> c.optional() == optional && c.passed()).count();
    }

    /** Checks grouped by task number, in task order. */
    public Map<Integer, List<CheckResult>> byTask() {
        Map<Integer, List<CheckResult>> tasks = new TreeMap<>();
        for (CheckResult check : checks) {
            tasks.computeIfAbsent(check.task(), t -> new java.util.ArrayList<>()).add(check);
        }
        return new LinkedHashMap<>(tasks);
    }
}
