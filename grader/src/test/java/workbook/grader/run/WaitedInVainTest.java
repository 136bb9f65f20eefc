package workbook.grader.run;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.gradeTasks;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.Grading;
import workbook.grader.core.Check;
import workbook.grader.run.late.ChatRoomAnswersHttpLateOnce;
import workbook.grader.run.late.EchoesLateOnce;
import workbook.grader.run.late.LateOnce;

@DisplayName("A correct server that answers late once loses the check on the learner's machine, and keeps it in grade-class, where the check runs again alone")
class WaitedInVainTest {

    private static final Map<String, String> SHARED_MACHINE = Map.of(Check.SHARED_MACHINE_PARAMETER, "true");

    @Test
    @DisplayName("a WebSocket answer that comes after the grader stopped waiting")
    void aLateEcho() {
        assertLosesOneCheckAloneAndNoneShared("01", EchoesLateOnce.class, "received nothing within 2000 ms", 1, 2, 3);
    }

    @Test
    @DisplayName("a first HTTP answer that comes after the grader stopped waiting")
    void aLateFirstHttpAnswer() {
        assertLosesOneCheckAloneAndNoneShared("07", ChatRoomAnswersHttpLateOnce.class, "No complete HTTP answer within 3500 ms", 1);
    }

    /**
     * The server tasks {@code tasks} of the lesson, graded on the learner's machine and then on a shared one, each from
     * the first answer: enough checks that one is a few of them.
     */
    private static void assertLosesOneCheckAloneAndNoneShared(String lessonId, Class<?> server, String problem, int... tasks) {
        LateOnce.reset();
        List<CheckResult> failed = failed(gradeTasks(lessonId, broken(server), Map.of(), tasks));
        assertThat(failed).as("the checks it failed, on the learner's machine").hasSize(1);
        assertThat(failed.get(0).message()).contains(problem, "Got:      nothing arrived");

        LateOnce.reset();
        LessonResult shared = gradeTasks(lessonId, broken(server), SHARED_MACHINE, tasks);
        assertThat(failed(shared)).as("the checks it failed on a shared machine:%s", Grading.notPassed(shared)).isEmpty();
    }

    private static List<CheckResult> failed(LessonResult result) {
        return result.checks().stream().filter(check -> check.status() == CheckResult.Status.FAILED).toList();
    }
}
