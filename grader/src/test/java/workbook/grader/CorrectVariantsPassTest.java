package workbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.grade;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.broken.lesson03.BroadcastsWithTheLibrary;
import workbook.grader.broken.lesson04.RelaysBinaryAsBinary;
import workbook.grader.broken.lesson04.RelaysWithTheLibrary;
import workbook.grader.broken.lesson05.AnswersInKorean;
import workbook.grader.broken.lesson05.KeepsChannelsInAMap;
import workbook.grader.broken.lesson07.AnnouncesLeavesWhileStopping;
import workbook.grader.broken.lesson07.room.AnnouncesFromOneThread;
import workbook.grader.broken.lesson07.room.LocksWithReentrantLock;
import workbook.grader.broken.lesson07.room.SynchronizedMethods;
import workbook.grader.broken.lesson09.PublisherReturnsLate;
import workbook.grader.redis.RedisRequired;
import workbook.grader.run.LessonResult;

/** Servers written differently from the reference, yet right by CONTRACT.md: every check of theirs passes. */
@DisplayName("Correct servers written differently from the reference pass every check")
class CorrectVariantsPassTest {

    @Test
    @DisplayName("Lesson 03: Java-WebSocket's own broadcast(text) instead of the loop passes")
    void theLibrarysBroadcastPassesLesson03() {
        assertPassesEverything(grade("03", broken(BroadcastsWithTheLibrary.class)));
    }

    @Test
    @DisplayName("Lesson 04: the others collected first, then sent to with broadcast(text, clients), passes")
    void theLibrarysBroadcastToTheOthersPassesLesson04() {
        assertPassesEverything(grade("04", broken(RelaysWithTheLibrary.class)));
    }

    @Test
    @DisplayName("Lesson 05: channels kept in a map of the server's own instead of the attachment pass")
    void channelsInAMapPassLesson05() {
        assertPassesEverything(grade("05", broken(KeepsChannelsInAMap.class)));
    }

    @Test
    @DisplayName("Lesson 05: error replies in Korean (\"Error: JSON 객체가 아닙니다\") pass")
    void koreanErrorRepliesPassLesson05() {
        assertPassesEverything(grade("05", broken(AnswersInKorean.class)));
    }

    @Test
    @DisplayName("Lesson 04: a binary frame relayed unchanged, as binary, to the others passes")
    void binaryRelayedAsBinaryPassesLesson04() {
        assertPassesEverything(grade("04", broken(RelaysBinaryAsBinary.class)));
    }

    @Test
    @DisplayName("Lesson 06's optional task: one java.util.Timer per connection, cancelled on close, passes")
    void aJavaUtilTimerPerConnectionPassesLesson06() {
        LessonResult result = grade("06", broken(workbook.grader.broken.lesson06.javatimer.PerConnectionNotificationServer.class));
        assertThat(result.checks().stream().filter(check -> check.optional()).count()).as("optional checks that ran").isEqualTo(2);
        assertPassesEverything(result);
    }

    @Test
    @DisplayName("Lesson 07: a room kept under a ReentrantLock of its own passes")
    void aReentrantLockPassesLesson07() {
        assertPassesEverything(grade("07", broken(LocksWithReentrantLock.class)));
    }

    @Test
    @DisplayName("Lesson 07: a room kept by synchronized methods that change, count and send in one call passes")
    void synchronizedMethodsPassLesson07() {
        assertPassesEverything(grade("07", broken(SynchronizedMethods.class)));
    }

    @Test
    @DisplayName("Lesson 07: a room changed, counted and announced only on one single-thread executor passes")
    void aSingleThreadExecutorPassesLesson07() {
        assertPassesEverything(grade("07", broken(AnnouncesFromOneThread.class)));
    }

    @Test
    @DisplayName("Lesson 07: a stop() that sends the clients away one at a time, each leave announced to those still there, passes")
    void leavesAnnouncedWhileStoppingPassLesson07() {
        assertPassesEverything(grade("07", broken(AnnouncesLeavesWhileStopping.class)));
    }

    @Test
    @DisplayName("Lesson 09: an instance that hears the others again seconds before it can publish again, both within 5 s, passes")
    void aPublisherThatReturnsLatePassesLesson09() {
        RedisRequired.assumeInstalled();
        assertPassesEverything(grade("09", broken(PublisherReturnsLate.class)));
    }

    static void assertPassesEverything(LessonResult result) {
        assertThat(result.passed()).as("checks passed:%s", Grading.notPassed(result)).isEqualTo(result.total());
    }
}
