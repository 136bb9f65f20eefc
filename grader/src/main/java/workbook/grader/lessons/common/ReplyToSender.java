package workbook.grader.lessons.common;

import java.util.List;
import java.util.Map;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;

/** The delivery of lessons 01 and 02: each message is answered, with a prefix, to its sender alone. */
public class ReplyToSender implements Delivery {

    private final String prefix;

    public ReplyToSender(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public Map<Probe, String> expected(Probe sender, List<Probe> clients, String text) {
        return Map.of(sender, prefix + text);
    }

    @Override
    public Msg hint() {
        return Msg.of("onMessage 에서 conn.send(\"" + prefix + "\" + message) 처럼 보낸 사람(conn)에게만 답하고 있나요?",
                "In onMessage, do you answer only the sender (conn), as in conn.send(\"" + prefix + "\" + message)?");
    }
}
