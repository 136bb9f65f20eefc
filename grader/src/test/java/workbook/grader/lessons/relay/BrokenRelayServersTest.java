package workbook.grader.lessons.relay;

import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.grade;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.broken.lesson04.AddsAPrefix;
import workbook.grader.broken.lesson04.BinaryRelay;
import workbook.grader.broken.lesson04.IncludesTheSender;
import workbook.grader.broken.lesson04.RelaysBinaryToEveryone;
import workbook.grader.broken.lesson04.SendsBackToTheSender;
import workbook.grader.broken.lesson04.TrimsMessages;

@DisplayName("Lesson 04: each broken relay fails the check aimed at its fault, with the words a student sees")
class BrokenRelayServersTest {

    private static final String OTHERS = "Every other client receives the message unchanged";

    @Test
    void relayingBackToTheSenderIsCaught() {
        assertFails(grade("04", broken(IncludesTheSender.class)), "The sender does not get its own message back",
                "client-1 received a frame it should not have.",
                "Expected: nothing reaches client-1 within 300 ms",
                "Got:      text \"not for me\"",
                "The tutorial's client !== ws is client != conn in Java.");
    }

    @Test
    void aPrefixIsQuotedBesideTheUnchangedText() {
        assertFails(grade("04", broken(AddsAPrefix.class)), OTHERS,
                "client-2 received a different text.",
                "Expected: client-2 receives text \"Hello, everyone else!\"",
                "Got:      text \"Broadcast: Hello, everyone else!\"",
                "this lesson adds no prefix");
    }

    @Test
    void binaryRelaysAreExplainedAsBlobs() {
        assertFails(grade("04", broken(BinaryRelay.class)), OTHERS,
                "client-2 received a binary frame where text was expected", "[object Blob]",
                "Got:      binary frame (21 bytes)", "send message.toString()");
    }

    @Test
    void sendingOnlyToTheSenderIsCaught() {
        assertFails(grade("04", broken(SendsBackToTheSender.class)), OTHERS,
                "client-2 received nothing within 2000 ms.",
                "Expected: client-2 receives text \"Hello, everyone else!\"",
                "client-1: text \"Hello, everyone else!\"");
    }

    @Test
    void trimmingIsCaughtWithTheInvisibleCharactersShown() {
        assertFails(grade("04", broken(TrimsMessages.class)), "Spaces, quotes and line breaks arrive exactly as sent",
                "client-1 received the text with its spaces, tabs or line breaks changed: the server trimmed the message",
                "Expected: client-1 receives text \"  {\\\"type\\\": \\\"chat\\\"}\\n",
                "Got:      text \"{\\\"type\\\": \\\"chat\\\"}\\n");
    }

    @Test
    void aBinaryFrameSentBackToItsSenderIsCaught() {
        assertFails(grade("04", broken(RelaysBinaryToEveryone.class)), "A binary frame from a client does not stop the server",
                "got its own binary frame (", "bytes) back.",
                "but the other clients' binary frames, if anything",
                "Does your loop skip the sender?");
    }
}
