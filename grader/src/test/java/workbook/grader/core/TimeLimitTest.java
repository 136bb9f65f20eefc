package workbook.grader.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.words.Explain;
import workbook.grader.lessons.chatroom.ChatRoomChecks;
import workbook.grader.lessons.echo.EchoChecks;
import workbook.grader.lessons.notifications.NotificationChecks;

/** A check that runs out of time says the limit it really had: 60 s in lesson 06, 5 s elsewhere. */
@DisplayName("A check's time limit, as its report names it")
class TimeLimitTest {

    @Test
    @DisplayName("lesson 06's task classes have 60 seconds, from NotificationChecks' own @Timeout")
    void notificationsHaveSixtySeconds() {
        assertThat(NotificationChecks.class.getDeclaredClasses()).isNotEmpty().allSatisfy(task ->
                assertThat(GraderExtension.timeLimit(Optional.empty(), task)).isEqualTo(Duration.ofSeconds(60)));
        assertThat(Explain.finishesWithin(Duration.ofSeconds(60)).en()).isEqualTo("the check finishes within 60 seconds");
        assertThat(Explain.finishesWithin(Duration.ofSeconds(60)).ko()).isEqualTo("검사가 60초 안에 끝남");
    }

    @Test
    @DisplayName("the other lessons have the 5 seconds of @LessonChecks, and their reports keep their words")
    void othersHaveFiveSeconds() {
        assertThat(EchoChecks.class.getDeclaredClasses()).isNotEmpty().allSatisfy(task ->
                assertThat(GraderExtension.timeLimit(Optional.empty(), task)).isEqualTo(Duration.ofSeconds(5)));
        assertThat(Explain.finishesWithin(Duration.ofSeconds(5)).en()).isEqualTo("the check finishes within 5 seconds");
        assertThat(Explain.finishesWithin(Duration.ofSeconds(5)).ko()).isEqualTo("검사가 5초 안에 끝남");
        assertThat(Explain.finishesWithin(Duration.ofMillis(1500)).en()).isEqualTo("the check finishes within 1500 ms");
    }

    @Test
    @DisplayName("lesson 07's crowd checks have 10 seconds of their own; its other checks keep 5")
    void crowdChecksHaveTenSeconds() {
        Class<?> headCounts = Arrays.stream(ChatRoomChecks.class.getDeclaredClasses())
                .filter(task -> task.getSuperclass().getSimpleName().equals("HeadCountChecks")).findFirst().orElseThrow();
        for (Method check : headCounts.getSuperclass().getDeclaredMethods()) {
            if (check.isAnnotationPresent(Test.class)) {
                Duration expected = check.getName().matches("burstsAtOnce|crowdsAfterLeaves|nineteenDropAtOnce")
                        ? Duration.ofSeconds(10) : Duration.ofSeconds(5);
                assertThat(GraderExtension.timeLimit(Optional.of(check), headCounts)).as(check.getName()).isEqualTo(expected);
            }
        }
    }
}
