package workbook.grader.lessons.broadcast;

import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.grade;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.broken.lesson03.BinaryBroadcast;
import workbook.grader.broken.lesson03.ExcludesTheSender;
import workbook.grader.broken.lesson03.ForgetsIsOpen;
import workbook.grader.broken.lesson03.PrefixWithoutSpace;
import workbook.grader.broken.lesson03.ReachesOnlyTheFirstTwo;
import workbook.grader.broken.lesson03.SendsToClosedClients;

@DisplayName("Lesson 03: each broken broadcast server fails the check aimed at its fault, with the words a student sees")
class BrokenBroadcastServersTest {

    private static final String EVERYONE = "Every client, the sender included, receives \"Broadcast: \" and the message";

    @Test
    void leavingOutTheSenderIsCaught() {
        assertFails(grade("03", broken(ExcludesTheSender.class)), EVERYONE,
                "client-2 received nothing within 2000 ms.",
                "Expected: client-2 receives text \"Broadcast: Hello everyone!\"",
                "client-2 sent text \"Hello everyone!\"",
                "Does your loop skip the sender?");
    }

    @Test
    void sendingToAClosedClientIsCaughtByTheServersException() {
        assertFails(grade("03", broken(SendsToClosedClients.class)),
                "A client that closed with a close frame is skipped without an exception",
                "Your server's code threw WebsocketNotConnectedException",
                "client-3 closed its connection (close frame)",
                "checked that the server's code threw no exception",
                "Expected: no exception",
                "Exceptions your server's code threw:",
                "Do you check client.isOpen() before client.send(...)?");
    }

    @Test
    void binaryBroadcastsAreExplainedAsBlobs() {
        assertFails(grade("03", broken(BinaryBroadcast.class)), EVERYONE,
                "client-1 received a binary frame where text was expected", "[object Blob]",
                "Got:      binary frame (26 bytes)", "send message.toString()");
    }

    @Test
    void aPrefixWithoutItsSpaceIsQuoted() {
        assertFails(grade("03", broken(PrefixWithoutSpace.class)), EVERYONE,
                "client-1 received a different text.",
                "Expected: client-1 receives text \"Broadcast: Hello everyone!\"",
                "Got:      text \"Broadcast:Hello everyone!\"");
    }

    @Test
    void forgettingTheThirdClientIsCaught() {
        assertFails(grade("03", broken(ReachesOnlyTheFirstTwo.class)), EVERYONE,
                "client-3 received nothing within 2000 ms.",
                "Expected: client-3 receives text \"Broadcast: Hello everyone!\"",
                "client-3: (nothing)");
    }

    @Test
    void sendingToAClosingClientWithoutIsOpenIsCaught() {
        assertFails(grade("03", broken(ForgetsIsOpen.class)), "A client that is closing is skipped without an exception",
                "Your server's code threw WebsocketNotConnectedException",
                "a third client connected on a plain socket, then stopped reading",
                "so the server keeps the connection listed as closing: yes",
                "Expected: no exception",
                "Do you check client.isOpen() before client.send(...)?");
    }
}
