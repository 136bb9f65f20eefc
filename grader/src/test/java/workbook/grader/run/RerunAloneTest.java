package workbook.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.Check;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.Lessons.Text;
import workbook.grader.core.words.Lang;
import workbook.grader.run.crowded.CrowdedChecks;
import workbook.grader.run.crowded.SilentEverywhereChecks;
import workbook.grader.run.crowded.StuckEverywhereChecks;
import workbook.grader.run.crowded.WaitedInVainChecks;

@DisplayName("Checks that run out of time beside the others run again alone, within a budget")
class RerunAloneTest {

    @Test
    @DisplayName("checks that ran out of time side by side run again one at a time: one that finishes then passes, one that never finishes fails twice")
    void ranOutOfTimeRunsAgainOneAtATime() {
        CrowdedChecks.reset();
        LessonResult result = GradeRunner.run(lesson(CrowdedChecks.class), "classes:/nowhere", Lang.EN, Map.of());
        assertThat(result.checks()).extracting(check -> check.name().en() + " " + check.status()).containsExactly(
                "first() PASSED", "second() PASSED", "third() PASSED", "neverFinishes() FAILED");
        assertThat(result.checks().get(3).message()).startsWith("ran out of time: neverFinishes() timed out after 1 second");
        assertThat(CrowdedChecks.RUNS.get()).as("runs of the three crowded checks").isEqualTo(6);
        assertThat(CrowdedChecks.STUCK_RUNS.get()).as("runs of the stuck check").isEqualTo(2);
        assertThat(CrowdedChecks.MOST_AT_ONCE_AGAIN.get()).as("second runs at the same time").isEqualTo(1);
    }

    @Test
    @DisplayName("when the checks that ran out of time took more than 30 s together, none runs again")
    void aProgramStuckEverywhereIsNotRunTwice() {
        StuckEverywhereChecks.RUNS.set(0);
        LessonResult result = GradeRunner.run(lesson(StuckEverywhereChecks.class), "classes:/nowhere", Lang.EN, Map.of());
        assertThat(result.checks()).hasSize(31).allSatisfy(check -> assertThat(check.passed()).isFalse());
        assertThat(StuckEverywhereChecks.RUNS.get()).isEqualTo(31);
        assertThat(result.took()).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    @DisplayName("on a shared machine, a check whose step waited in vain runs again alone; on the learner's own machine it does not")
    void waitedInVainRunsAgainOnlyOnASharedMachine() {
        WaitedInVainChecks.reset();
        LessonResult shared = GradeRunner.run(lesson(WaitedInVainChecks.class), "classes:/nowhere", Lang.EN,
                Map.of(Check.SHARED_MACHINE_PARAMETER, "true"));
        assertThat(shared.checks()).extracting(check -> check.name().en() + " " + check.status()).startsWith(
                "answersWhenRunAgain() PASSED", "neverAnswers() FAILED");
        assertThat(shared.checks().get(1).message()).isEqualTo("no answer within 2000 ms");
        assertThat(WaitedInVainChecks.ONCE_RUNS.get()).isEqualTo(2);
        assertThat(WaitedInVainChecks.ALWAYS_RUNS.get()).isEqualTo(2);

        WaitedInVainChecks.reset();
        LessonResult own = GradeRunner.run(lesson(WaitedInVainChecks.class), "classes:/nowhere", Lang.EN, Map.of());
        assertThat(own.checks()).extracting(check -> check.name().en() + " " + check.status()).startsWith(
                "answersWhenRunAgain() FAILED", "neverAnswers() FAILED");
        assertThat(WaitedInVainChecks.ONCE_RUNS.get()).isEqualTo(1);
        assertThat(WaitedInVainChecks.ALWAYS_RUNS.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("a check does not run again when the caller's time limit would not leave room for it")
    void noRerunPastTheTimeLimit() {
        WaitedInVainChecks.reset();
        LessonResult result = GradeRunner.run(lesson(WaitedInVainChecks.class), "classes:/nowhere", Lang.EN,
                Map.of(Check.SHARED_MACHINE_PARAMETER, "true", GradeRunner.TIME_LIMIT, "4000"));
        assertThat(result.checks()).extracting(check -> check.name().en() + " " + check.status()).startsWith(
                "answersWhenRunAgain() FAILED", "neverAnswers() FAILED");
        assertThat(WaitedInVainChecks.ONCE_RUNS.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("when most checks waited in vain, none runs again: the submission is its own trouble")
    void mostWaitedInVainNoneRunsAgain() {
        SilentEverywhereChecks.RUNS.set(0);
        LessonResult result = GradeRunner.run(lesson(SilentEverywhereChecks.class), "classes:/nowhere", Lang.EN,
                Map.of(Check.SHARED_MACHINE_PARAMETER, "true"));
        assertThat(result.checks()).hasSize(4).allSatisfy(check -> assertThat(check.passed()).isFalse());
        assertThat(SilentEverywhereChecks.RUNS.get()).isEqualTo(4);
    }

    private static Lesson lesson(Class<?> checks) {
        Text title = new Text("시간 검사", "time checks");
        return new Lesson("99", "99-crowded", "Crowded", checks.getName(), title, List.of());
    }
}
