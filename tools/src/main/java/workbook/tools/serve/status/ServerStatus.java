package workbook.tools.serve.status;

import java.util.List;
import workbook.grader.core.words.Msg;

/**
 * One lesson server as the status endpoint shows it.
 *
 * @param state   what became of it
 * @param label   the state in words, both languages
 * @param detail  why, where there is more to say: the first compile error, the stub's own message, the start failure
 * @param ws      its WebSocket address while it listens, else null
 * @param http    its HTTP address (lesson 07) while it listens, else null
 * @param instances every instance's WebSocket address where serve runs several (lesson 09: two, {@code ws} first),
 *                  else null
 */
public record ServerStatus(ServerState state, Msg label, Msg detail, String ws, String http, List<String> instances) {

    /** It accepts connections: a stub that got as far as listening does too, and answers with exceptions. */
    public boolean listening() {
        return ws != null;
    }

    public static ServerStatus of(ServerState state, Msg detail) {
        return new ServerStatus(state, state.label(), detail, null, null, null);
    }
}
