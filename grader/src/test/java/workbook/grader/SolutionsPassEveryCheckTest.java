package workbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.redis.RedisRequired;
import workbook.grader.run.LessonResult;

@DisplayName("Every reference solution passes every check of its lesson")
class SolutionsPassEveryCheckTest {

    static Stream<String> lessons() {
        return Lessons.all().stream().map(Lessons.Lesson::id);
    }

    @ParameterizedTest(name = "lesson {0}")
    @MethodSource("lessons")
    void solutionPasses(String lesson) {
        RedisRequired.assumeInstalledFor(lesson);
        LessonResult result = Grading.grade(lesson, "solution");
        assertThat(result.total()).as("checks that ran").isGreaterThanOrEqualTo(8);
        assertThat(result.passed()).as("checks passed by solutions/%s:%s", result.lesson().folder(), Grading.notPassed(result))
                .isEqualTo(result.total());
        assertThat(result.checks()).as("no check of an in-process solution is skipped")
                .allMatch(c -> c.status() != workbook.grader.run.CheckResult.Status.SKIPPED);
    }
}
