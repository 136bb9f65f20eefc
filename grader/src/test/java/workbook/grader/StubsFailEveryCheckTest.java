package workbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.grader.browser.BrowserStarted;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.grader.redis.RedisRequired;
import workbook.grader.run.CheckResult;
import workbook.grader.run.LessonResult;

@DisplayName("Every untouched stub fails every check, quickly, saying it is not implemented yet")
class StubsFailEveryCheckTest {

    /** Every check of a stub ends within this bound, whatever the lesson. */
    private static final Duration PER_CHECK_BOUND = Duration.ofSeconds(5);

    @BeforeAll
    static void browserFirst() {
        BrowserStarted.beforeTiming();
    }

    static Stream<String> lessons() {
        return Lessons.all().stream().map(Lesson::id);
    }

    @ParameterizedTest(name = "lesson {0}")
    @MethodSource("lessons")
    void stubFails(String id) throws IOException {
        RedisRequired.assumeInstalledFor(id);
        Lesson lesson = Lessons.find(id).orElseThrow();
        assumeStillAStub(lesson);
        LessonResult result = Grading.grade(id, "student");
        assertThat(result.total()).as("checks that ran").isGreaterThanOrEqualTo(8);
        for (CheckResult check : result.checks()) {
            assertThat(check.status()).as("'%s' against the stub of lesson %s", check.name().en(), id)
                    .isEqualTo(CheckResult.Status.FAILED);
            assertThat(check.took()).as("time of '%s'", check.name().en()).isLessThan(PER_CHECK_BOUND);
        }
        assertThat(result.checks()).as("at least one explanation says the stub is not implemented yet")
                .anyMatch(c -> c.message().contains("Not implemented yet"));
    }

    /**
     * A learner who has started a lesson has no stub left to test; CI (workbook.requireStubs=true) always has them.
     */
    private static void assumeStillAStub(Lesson lesson) throws IOException {
        Path folder = WorkbookHome.get().resolve("lessons").resolve(lesson.folder());
        boolean stub;
        try (Stream<Path> files = Files.list(folder)) {
            stub = files.filter(p -> p.toString().endsWith(".java")).anyMatch(StubsFailEveryCheckTest::throwsStub);
        }
        if (!Boolean.getBoolean("workbook.requireStubs")) {
            assumeTrue(stub, "lessons/" + lesson.folder() + " has been edited: this test guards the untouched stubs");
        }
    }

    private static boolean throwsStub(Path file) {
        try {
            return Files.readString(file).contains("throw new UnsupportedOperationException");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
