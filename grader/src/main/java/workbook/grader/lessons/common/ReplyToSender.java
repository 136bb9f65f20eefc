package workbook.grader.lessons.common;

import java.util.List;
import java.util.Map;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;

/** The delivery of lessons 01 and 02: each message is answered, with a prefix, to its sender alone. */
public class ReplyToSender implements Delivery {

    private final String prefix;

    public ReplyToSender(String prefix) {
        this.prefix = prefix;
    }

    /** {@code client} sends "Hello Server!" and gets it back after the prefix, once. */
    public void expectPrefixedReply(Check check, Probe client) {
        client.send("Hello Server!");
        check.expect(client, prefix + "Hello Server!", Msg.of(
                "답장은 \"" + prefix + "\" (콜론 뒤 공백 포함) 로 시작하고 그 뒤에 받은 메시지가 그대로 붙습니다.",
                "The reply is \"" + prefix + "\" (with the space after the colon) followed by the message unchanged."));
        check.expectSilence(hint(), client);
    }

    /** {@code client} sends two messages and gets exactly one reply to each. */
    public void expectOneReplyEach(Check check, Probe client) {
        verifyTurns(check, List.of(client), new Turn(0, "first"), new Turn(0, "second"));
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
