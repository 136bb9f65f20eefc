package workbook.grader.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import workbook.grader.core.Lessons.Lesson;

/**
 * Every check of one lesson run against one target; the score is checks passed out of all that ran.
 * {@code serverOutput} is what the lesson's code printed meanwhile (cut short if it floods).
 */
public record LessonResult(Lesson lesson, List<CheckResult> checks, Duration took, String serverOutput) {

    public long passed() {
        return checks.stream().filter(CheckResult::passed).count();
    }

    /** Checks that ran (skipped ones, such as stop() against a running server, do not count). */
    public long total() {
        return checks.stream().filter(c -> c.status() != CheckResult.Status.SKIPPED).count();
    }

    public boolean allPassed() {
        return total() > 0 && passed() == total();
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
