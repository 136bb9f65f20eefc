package workbook.grader.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.clients.BrowserClientTask;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.server.Target;
import workbook.grader.core.words.Explain;
import workbook.grader.core.words.Lang;
import workbook.grader.lessons.chatroom.ChatRoomChecks;
import workbook.grader.lessons.echo.EchoChecks;
import workbook.grader.lessons.notifications.NotificationChecks;

/** A check that runs out of time says the limit it really had: 60 s in lesson 06, 20 s for lesson 07's crowds, 15 s for a browser client, 10 s elsewhere. */
@DisplayName("A check's time limit, as its report names it")
class TimeLimitTest {

    @Test
    @DisplayName("lesson 06's server tasks have 60 seconds, from NotificationChecks' own @Timeout")
    void notificationsHaveSixtySeconds() {
        assertServerTasksHave(NotificationChecks.class, 60, "검사가 60초 안에 끝남");
    }

    @Test
    @DisplayName("the other lessons' server tasks have the 10 seconds of @LessonChecks, and their reports keep their words")
    void othersHaveTenSeconds() {
        assertServerTasksHave(EchoChecks.class, 10, "검사가 10초 안에 끝남");
        assertThat(Explain.finishesWithin(Duration.ofMillis(1500)).en()).isEqualTo("the check finishes within 1500 ms");
    }

    @Test
    @DisplayName("a browser client task has 15 seconds in every lesson: each of its waits on the page has its own bound")
    void clientTasksHaveFifteenSeconds() {
        for (Class<?> checks : List.of(EchoChecks.class, NotificationChecks.class, ChatRoomChecks.class)) {
            List<Class<?>> clients = Arrays.stream(checks.getDeclaredClasses()).filter(BrowserClientTask.class::isAssignableFrom).toList();
            assertThat(clients).as(checks.getSimpleName()).hasSize(1).allSatisfy(task ->
                    assertThat(GraderExtension.timeLimit(Optional.empty(), task)).isEqualTo(Duration.ofSeconds(15)));
        }
    }

    @Test
    @DisplayName("lesson 07's crowd checks have 20 seconds of their own; its other checks keep 10")
    void crowdChecksHaveTwentySeconds() {
        Class<?> headCounts = Arrays.stream(ChatRoomChecks.class.getDeclaredClasses())
                .filter(task -> task.getSuperclass().getSimpleName().equals("HeadCountChecks")).findFirst().orElseThrow();
        for (Method check : headCounts.getSuperclass().getDeclaredMethods()) {
            if (check.isAnnotationPresent(Test.class)) {
                Duration expected = check.getName().matches("burstsAtOnce|crowdsAfterLeaves|nineteenDropAtOnce")
                        ? Duration.ofSeconds(20) : Duration.ofSeconds(10);
                assertThat(GraderExtension.timeLimit(Optional.of(check), headCounts)).as(check.getName()).isEqualTo(expected);
            }
        }
    }

    /** Every task of {@code checks} but its browser client has {@code seconds}, and a report says so in both languages. */
    private static void assertServerTasksHave(Class<?> checks, int seconds, String korean) {
        assertThat(serverTasks(checks)).isNotEmpty().allSatisfy(task ->
                assertThat(GraderExtension.timeLimit(Optional.empty(), task)).isEqualTo(Duration.ofSeconds(seconds)));
        assertThat(Explain.finishesWithin(Duration.ofSeconds(seconds)).en()).isEqualTo("the check finishes within " + seconds + " seconds");
        assertThat(Explain.finishesWithin(Duration.ofSeconds(seconds)).ko()).isEqualTo(korean);
    }

    private static List<Class<?>> serverTasks(Class<?> checks) {
        return Arrays.stream(checks.getDeclaredClasses()).filter(task -> !BrowserClientTask.class.isAssignableFrom(task)).toList();
    }

    @Test
    @DisplayName("a server has 3 s to be built and to listen; beside other graders (grade-class's workers), 8 s")
    void aServerHasLongerToStartBesideOtherGraders() {
        Lesson echo = Lessons.find("01").orElseThrow();
        Target target = Target.parse("url:ws://127.0.0.1:9", null);
        Check alone = new Check(echo, target, Lang.EN, name -> Optional.empty());
        Check beside = new Check(echo, target, Lang.EN,
                name -> name.equals(Check.SHARED_MACHINE_PARAMETER) ? Optional.of("true") : Optional.empty());
        assertThat(alone.startTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(beside.startTimeout()).isEqualTo(Duration.ofSeconds(8));
    }
}
