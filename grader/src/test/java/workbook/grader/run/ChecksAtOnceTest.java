package workbook.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.Lessons.Text;
import workbook.grader.core.words.Lang;
import workbook.grader.run.crowded.TwoAtATimeChecks;

@DisplayName("A lesson's @ChecksAtOnce bounds how many of its checks run at the same time")
class ChecksAtOnceTest {

    @Test
    @DisplayName("a lesson that allows two runs two at a time, though the runner would allow 32")
    void theLessonsBoundHolds() {
        assertThat(mostAtOnce(Map.of())).isEqualTo(2);
    }

    @Test
    @DisplayName("a caller that allows fewer (grade-class's workers) is kept to its own bound")
    void theCallersLowerBoundHolds() {
        assertThat(mostAtOnce(Map.of(GradeRunner.CHECKS_AT_ONCE, "1"))).isEqualTo(1);
    }

    private static int mostAtOnce(Map<String, String> extra) {
        TwoAtATimeChecks.MOST_AT_ONCE.set(0);
        Lesson lesson = new Lesson("99", "99-two", "Two", TwoAtATimeChecks.class.getName(), new Text("둘씩", "two at a time"), List.of());
        LessonResult result = GradeRunner.run(lesson, "classes:/nowhere", Lang.EN, extra);
        assertThat(result.checks()).hasSize(6).allSatisfy(check -> assertThat(check.passed()).isTrue());
        return TwoAtATimeChecks.MOST_AT_ONCE.get();
    }
}
