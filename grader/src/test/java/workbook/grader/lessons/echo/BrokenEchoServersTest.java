package workbook.grader.lessons.echo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.find;
import static workbook.grader.Grading.grade;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.broken.lesson01.BinaryReplies;
import workbook.grader.broken.lesson01.ClosesEveryConnection;
import workbook.grader.broken.lesson01.GreetsNewcomersWithHistory;
import workbook.grader.broken.lesson01.stuck.HangsOnAMessage;
import workbook.grader.broken.lesson01.stuck.LeaksAThread;
import workbook.grader.broken.lesson01.RepliesOverAndOver;
import workbook.grader.broken.lesson01.RepliesToEveryone;
import workbook.grader.broken.lesson01.stuck.RunsInsteadOfStarting;
import workbook.grader.broken.lesson01.stuck.StallsEveryHandshake;
import workbook.grader.broken.lesson01.SwapsPairs;
import workbook.grader.broken.lesson01.TrimsMessages;
import workbook.grader.broken.lesson01.stuck.WaitsInConstructor;
import workbook.grader.broken.lesson01.stuck.WaitsInStop;
import workbook.grader.broken.lesson01.WrongPrefix;
import workbook.grader.core.words.Lang;
import workbook.grader.run.CheckResult;
import workbook.grader.run.LessonResult;

@DisplayName("Lesson 01: each broken echo server fails the check aimed at its fault, with the words a student sees")
class BrokenEchoServersTest {

    @Test
    void wrongPrefixIsQuotedBesideTheExpectedText() {
        assertFails(grade("01", broken(WrongPrefix.class)), "A message comes back after \"Server received: \"",
                "client-1 received a different text.",
                "Expected: client-1 receives text \"Server received: Hello Server!\"",
                "Got:      text \"Server Received: Hello Server!\"",
                "3. client-1 sent text \"Hello Server!\"");
    }

    @Test
    void wrongPrefixIsExplainedInKoreanByDefault() {
        assertFails(grade("01", broken(WrongPrefix.class), Lang.KO, Map.of()), "A message comes back after \"Server received: \"",
                "client-1이 다른 텍스트를 받았습니다.", "기대한 것: client-1이 텍스트 \"Server received: Hello Server!\"를 받음",
                "힌트:");
    }

    @Test
    void replyToEveryoneIsCaughtByIsolation() {
        assertFails(grade("01", broken(RepliesToEveryone.class)), "Other clients receive nothing",
                "received a frame it should not have.", "text \"Server received: only for me\"",
                "do you answer only the sender (conn)");
    }

    @Test
    void aServerThatNeverAnswersTheHandshakeIsToldFromOneThatRefuses() {
        assertFails(grade("01", broken(StallsEveryHandshake.class)), "A message comes back after \"Server received: \"",
                "client-1 could not complete a WebSocket connection within 3500 ms",
                "the port took the connection, but no answer to the handshake came.",
                "Expected: client-1 is connected", "Got:      not connected",
                "Hint: Does your server's constructor, onOpen or onMessage wait or loop");
    }

    @Test
    void aServerThatClosesEveryConnectionAtOnceIsToldSoInEveryCheck() {
        LessonResult result = grade("01", broken(ClosesEveryConnection.class));
        assertFails(result, "A message comes back after \"Server received: \"", "Got:      connection closed (code 1000)",
                "client-1: connection closed (code 1000)");
        assertThat(result.checks()).allSatisfy(check -> assertThat(check.message()).as(check.name().en())
                .contains("connection closed (code 1000)").doesNotContain("unexpected error"));
    }

    @Test
    void aReplySentOverAndOverIsCalledARepeat() {
        assertFails(grade("01", broken(RepliesOverAndOver.class)), "A message comes back after \"Server received: \"",
                "client-1 received the text it had just received once more, where it should come once.",
                "Got:      text \"Server received: Hello Server!\"",
                // how many of the 200,000 replies arrived before the report varies: two are listed one by one, more as "× N"
                "client-1: text \"Server received: Hello Server!\"");
    }

    @Test
    void aServerThatHangsIsCalledStuckWithAHintAboutWaitingCallbacks() {
        assertFails(grade("01", broken(HangsOnAMessage.class)), "A message comes back after \"Server received: \"",
                "The server stopped answering after client-1 sent text \"Hello Server!\": client-1 received nothing within 2000 ms,"
                        + " and a new connection gets no WebSocket handshake within 1000 ms either. Is the server stuck?",
                "Hint: Does your server's constructor, onOpen or onMessage wait or loop (Thread.sleep, an endless loop, a blocking call)?",
                "cannot answer new connections' handshakes. The reply is \"Server received: \"");
    }

    @Test
    void binaryRepliesAreExplainedAsBlobs() {
        assertFails(grade("01", broken(BinaryReplies.class)), "A message comes back after \"Server received: \"",
                "received a binary frame where text was expected", "[object Blob]", "binary frame (30 bytes)");
    }

    @Test
    void swappedRepliesFailTheOrderCheck() {
        assertFails(grade("01", broken(SwapsPairs.class)), "Messages from one sender arrive in the order sent",
                "Expected: message 1 to be text \"Server received: message 1\"",
                "Got:      text \"Server received: message 2\"");
    }

    @Test
    void aThreadLeftAfterStopIsNamed() {
        assertFails(grade("01", broken(LeaksAThread.class)),
                "stop() closes every connection, releases the port and leaves no thread",
                "stop() left something behind.", "threads left: [heartbeat]", "stop() returned after ");
    }

    @Test
    void aConstructorThatWaitsIsNamed() {
        assertFails(grade("01", broken(WaitsInConstructor.class)), "A message comes back after \"Server received: \"",
                "The server did not start.", "1. built WaitsInConstructor with port 0 and called start()",
                "WaitsInConstructor's constructor did not return within 3000 ms. Does it wait or loop forever?");
    }

    @Test
    void aStartThatRunsTheServerLoopIsNamedAndTheServerStopped() {
        assertFails(grade("01", broken(RunsInsteadOfStarting.class)), "A message comes back after \"Server received: \"",
                "The server did not start.", "RunsInsteadOfStarting's start() did not return within 3000 ms. Does it wait or loop forever?");
        await("every server loop that start() ran ends, once the grader stopped it").atMost(Duration.ofSeconds(5))
                .until(() -> Thread.getAllStackTraces().entrySet().stream().noneMatch(t -> Arrays.stream(t.getValue())
                        .anyMatch(frame -> frame.getClassName().endsWith("RunsInsteadOfStarting"))));
    }

    @Test
    void aStopThatDoesNotReturnIsReportedAtOnceNotAsATimeout() {
        CheckResult stop = find(grade("01", broken(WaitsInStop.class)),
                "stop() closes every connection, releases the port and leaves no thread");
        assertThat(stop.message()).contains("stop() left something behind.", "called the server's stop()",
                "stop() had not returned after 2", "stop() returned: false", "port released: false", "threads left: [", "worker",
                "Hint: stop() did not return within 2 s. Does it wait without a bound (join(), await(), an endless loop)?")
                .doesNotContain("did not finish in time");
        assertThat(stop.took()).as("how long the check took, within its 5 s").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void historyReplayedToNewcomersIsCaught() {
        assertFails(grade("01", broken(GreetsNewcomersWithHistory.class)),
                "A client that connects later does not receive earlier messages",
                "client-3 received a frame it should not have.", "text \"Server received: before you came\"");
    }

    @Test
    void trimmingIsNamedAsTrimming() {
        assertFails(grade("01", broken(TrimsMessages.class)),
                "Spaces, tabs and line breaks at the ends, quotes and markup pass through unchanged",
                "client-1 received the text with its spaces, tabs or line breaks changed: the server trimmed the message",
                "Expected: client-1 receives text \"Server received:   two spaces before and after  \"",
                "Got:      text \"Server received: two spaces before and after\"",
                "Hint: Relay the text exactly as received: no trim(), strip() or replace.");
    }

    @Test
    void trimmingIsNamedInKorean() {
        assertFails(grade("01", broken(TrimsMessages.class), Lang.KO, Map.of()),
                "Spaces, tabs and line breaks at the ends, quotes and markup pass through unchanged",
                "client-1에게 온 텍스트의 공백, 탭, 줄바꿈이 보낸 것과 다릅니다: 서버가 메시지를 trim() 하거나 공백을 바꾸었습니다.",
                "client-1에게 텍스트 \"Server received:   two spaces before and after  \" 도착");
    }
}
