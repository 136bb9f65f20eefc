package workbook.grader.lessons.common;

import java.util.List;
import java.util.Map;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;

/**
 * Who receives what when one client sends a text, for the lessons that answer text with text (01 to 05).
 * The rules for every lesson are checked once, in {@link CommonRules}, through this description.
 */
public interface Delivery extends Service {

    /** What each client must receive when {@code sender} sends {@code text}; clients left out receive nothing. */
    Map<Probe, String> expected(Probe sender, List<Probe> clients, String text);

    /**
     * What {@code sender} puts on the wire to send {@code text}: the text itself, unless the lesson wraps it (lesson
     * 05 sends it as the content of a channel message).
     */
    default String wire(Probe sender, String text) {
        return text;
    }

    /**
     * {@code client}'s next frame is {@code text}, byte for byte (a trimmed or escaped copy is named as such); a lesson
     * may explain a known wrong frame its own way.
     */
    default void expectReceived(Check check, Probe client, String text) {
        ExactText.expect(check, client, text, hint());
    }

    /**
     * Sends {@code text} from {@code sender}; each client gets exactly what the lesson says, and nothing else is
     * waiting for anyone once those have arrived. A check ends with {@link Check#expectSilence} to catch late strays.
     */
    default void verify(Check check, Probe sender, List<Probe> clients, String text) {
        Map<Probe, String> expected = expected(sender, clients, text);
        sender.send(wire(sender, text));
        for (Probe client : clients) {
            String wanted = expected.get(client);
            if (wanted != null) {
                expectReceived(check, client, wanted);
            }
        }
        check.expectNothingPending(hint(), clients.toArray(Probe[]::new));
    }

    /**
     * Each of {@code turns} in order is a {@link #verify}: the client at the turn's index of {@code clients} sends its
     * text. Then {@link #quietAfterwards}: no stray or second copy arrives late.
     */
    default void verifyTurns(Check check, List<Probe> clients, Turn... turns) {
        for (Turn turn : turns) {
            verify(check, clients.get(turn.sender()), clients, turn.text());
        }
        quietAfterwards(check, clients);
    }

    /** One message of a conversation: the client at index {@code sender} sends {@code text}. */
    record Turn(int sender, String text) {
    }

    /** A text client's service is delivery: {@link #verify}. */
    @Override
    default void expectServed(Check check, Probe sender, List<Probe> clients, String text) {
        verify(check, sender, clients, text);
    }
}
