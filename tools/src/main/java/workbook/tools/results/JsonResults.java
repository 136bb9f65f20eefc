package workbook.tools.results;

import java.util.List;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;
import workbook.grader.run.CheckResult;
import workbook.grader.run.LessonResult;

/** {@code ./workbook check NN --json}: one lesson's checks as Exercism results, for editors, scripts and CI. */
public final class JsonResults {

    private JsonResults() {
    }

    /** {@code result} null: nothing was graded, because of {@code problem} (a compile error, nothing listening). */
    public static String of(Lesson lesson, LessonResult result, Msg problem, Lang lang) {
        List<ExercismResults.Test> tests = result == null ? List.of() : result.byTask().values().stream()
                .flatMap(List::stream)
                .filter(c -> c.status() != CheckResult.Status.SKIPPED)
                .map(c -> new ExercismResults.Test(c.taskTitle().in(lang) + " › " + c.name().in(lang),
                        c.passed() ? "pass" : "fail", c.message(), "./workbook check " + lesson.id(), c.task()))
                .toList();
        return ExercismResults.text(ExercismResults.of(tests, problem == null ? null : problem.in(lang)));
    }
}
