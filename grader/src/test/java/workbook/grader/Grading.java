package workbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.TagFilter;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.words.Lang;
import workbook.grader.run.CheckResult;
import workbook.grader.run.GradeRunner;
import workbook.grader.run.LessonResult;

/** Runs the real checks, exactly as {@code ./workbook check} does, for the grader's own tests. */
public final class Grading {

    private Grading() {
    }

    public static LessonResult grade(String lessonId, String target) {
        return grade(lessonId, target, Lang.EN, Map.of());
    }

    public static LessonResult grade(String lessonId, String target, Lang lang, Map<String, String> extra) {
        return GradeRunner.run(Lessons.find(lessonId).orElseThrow(), target, lang, extra);
    }

    /** Only the checks of the tasks numbered {@code tasks}. */
    public static LessonResult gradeTasks(String lessonId, String target, Map<String, String> extra, int... tasks) {
        String[] tags = Arrays.stream(tasks).mapToObj(task -> "task:" + task).toArray(String[]::new);
        return GradeRunner.run(Lessons.find(lessonId).orElseThrow(), target, Lang.EN, extra,
                List.of(TagFilter.includeTags(tags)));
    }

    /** The target text for one of the deliberately broken servers under {@code workbook.grader.broken}. */
    public static String broken(Class<?> server) {
        return "class:" + server.getName();
    }

    /** The check whose English name is {@code name} failed, and its explanation contains every one of {@code words}. */
    public static void assertFails(LessonResult result, String name, String... words) {
        CheckResult check = find(result, name);
        assertThat(check.status()).as("check '%s' should fail, but it %s", name, check.status())
                .isEqualTo(CheckResult.Status.FAILED);
        assertThat(check.message()).as("the explanation of '%s'", name).contains(words);
    }

    public static CheckResult find(LessonResult result, String name) {
        List<CheckResult> named = result.checks().stream().filter(c -> c.name().en().equals(name)).toList();
        assertThat(named).as("checks named '%s' among %s", name,
                result.checks().stream().map(c -> c.name().en()).toList()).hasSize(1);
        return named.get(0);
    }

    /** A readable list of what did not pass, for assertion messages. */
    public static String notPassed(LessonResult result) {
        StringBuilder out = new StringBuilder();
        result.checks().stream().filter(c -> !c.passed()).forEach(c -> out.append("\n--- ").append(c.name().en())
                .append(" (").append(c.status()).append(")\n").append(c.message()));
        return out.toString();
    }
}
