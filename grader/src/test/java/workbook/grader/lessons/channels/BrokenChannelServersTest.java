package workbook.grader.lessons.channels;

import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.grade;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.broken.lesson05.ClosesOnNonJson;
import workbook.grader.broken.lesson05.DeliversToEveryChannel;
import workbook.grader.broken.lesson05.DiesOnNonJson;
import workbook.grader.broken.lesson05.IgnoresBadRequests;
import workbook.grader.broken.lesson05.KeepsClientInTwoChannels;
import workbook.grader.broken.lesson05.ParsesByHand;
import workbook.grader.broken.lesson05.RelaysSubscribeAsUndefined;
import workbook.grader.core.words.Lang;

@DisplayName("Lesson 05: each broken channel server fails the check aimed at its fault, with the words a student sees")
class BrokenChannelServersTest {

    @Test
    void theTutorialsRelayedSubscribeRequestIsNamed() {
        assertFails(grade("05", broken(RelaysSubscribeAsUndefined.class)), "A subscribe request is never relayed to the channel",
                // client-1 or client-2, whichever the relay reaches first: both are in the channel
                " received client-3's subscribe request relayed as a channel message: \"Channel news: undefined\".",
                "Expected: only client-3 gets a confirmation; nothing reaches the others in the channel",
                "Got:      text \"Channel news: undefined\"",
                "client-3 sent text \"{\\\"type\\\":\\\"subscribe\\\",\\\"channel\\\":\\\"news\\\"}\"",
                "Hint: A subscribe request is a request to carry out, not a message for the channel.");
    }

    @Test
    void theTutorialsRelayedSubscribeRequestIsNamedInKorean() {
        assertFails(grade("05", broken(RelaysSubscribeAsUndefined.class), Lang.KO, Map.of()),
                "A subscribe request is never relayed to the channel",
                "client-3의 구독 요청을 채널 메시지로 받았습니다: \"Channel news: undefined\".", "힌트: 구독 요청은");
    }

    @Test
    void aServerThatDiesOnNonJsonIsSaidToHaveStoppedAfterThatMessage() {
        assertFails(grade("05", broken(DiesOnNonJson.class)), "Text that is not JSON gets an error, and the connection stays open",
                "The server stopped answering after client-1 sent text \"hello\": client-1's connection closed (code 1006: an abnormal close",
                // refused, or dropped before the handshake: a closed listening channel lingers until the next select
                "Did the server crash?",
                "opened one more connection to see whether the server is still running (up to 1000 ms): ",
                "Got:      connection closed (code 1006",
                "Hint: Does handling that message close the connection or stop the server?");
    }

    @Test
    void aConnectionClosedOnNonJsonNamesTheMessageBeforeIt() {
        assertFails(grade("05", broken(ClosesOnNonJson.class)), "Text that is not JSON gets an error, and the connection stays open",
                "The server closed client-1's connection (code 1003: the server refuses data it cannot accept). The last message before it: client-1 sent text \"hello\".",
                "Expected: client-1 receives a text that starts with \"Error: \" and names the problem (not JSON): it mentions \"JSON\"",
                "Got:      connection closed (code 1003, \"not JSON\")");
    }

    @Test
    void noErrorReplyIsATimeoutOfAServerStillRunning() {
        assertFails(grade("05", broken(IgnoresBadRequests.class)), "A missing or empty channel gets an error",
                "client-1 received nothing within 2000 ms.",
                "opened one more connection to see whether the server is still running (up to 1000 ms): connected",
                "client-1 sent text \"{\\\"content\\\":\\\"hi\\\"}\"",
                "Hint: Answer a request you cannot use, to its sender only, with a text that starts with \"Error: \"");
    }

    @Test
    void aMessageForOneChannelThatReachesAnotherIsCaught() {
        assertFails(grade("05", broken(DeliversToEveryChannel.class)), "Every client in the channel receives it, the sender included",
                "client-3 received a frame it should not have.", "Got:      text \"Channel news: hello news\"",
                "Does a message for channel C go, as \"Channel C: \" + content, only to the open clients");
    }

    @Test
    void aClientLeftInItsOldChannelIsCaught() {
        assertFails(grade("05", broken(KeepsClientInTwoChannels.class)), "Subscribing again moves the client to the new channel",
                "client-1 received a frame it should not have.", "Got:      text \"Channel news: only news readers\"",
                "Hint: A client is in one channel at a time");
    }

    @Test
    void escapesLeftAsTypedAreQuoted() {
        assertFails(grade("05", broken(ParsesByHand.class)), "JSON escapes are decoded",
                "client-1 received a different text.",
                "Expected: client-1 receives text \"Channel news: say \\\"hi\\\"\\nback\\\\slash café 한 😀\"",
                "Got:      text \"Channel news: say \\\\\\\"hi\\\\\\\"\\\\nback",
                "Jackson decodes JSON strings for you");
    }
}
