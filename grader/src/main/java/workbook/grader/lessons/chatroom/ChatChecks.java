package workbook.grader.lessons.chatroom;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.words.Msg;
import workbook.grader.core.wire.Probe;
import workbook.grader.lessons.common.ExactText;

/** Task 4 of lesson 07: chat lines "NAME: TEXT" to everyone, byte for byte, and "Error: ..." to the sender alone. */
abstract class ChatChecks {

    private static final Msg ERROR_HINT = Msg.of(
            "JSON.readTree 가 던지는 예외를 잡고, name 과 message 를 확인한 뒤, 문제가 있으면 conn.send(\"Error: ...\") 로 보낸 사람에게만 알리세요.",
            "Catch what JSON.readTree throws, check name and message, and when something is wrong tell the sender alone with conn.send(\"Error: ...\").");

    /** The check's view of the chat room. */
    abstract ChatRoom room();

    @Test
    @DisplayName("채팅은 보낸 사람을 포함한 모두에게 \"NAME: TEXT\" 로 간다 / A chat message reaches everyone, the sender included, as \"NAME: TEXT\"")
    void chatReachesEveryone(Check check) {
        List<Probe> clients = room().join(check, 3);
        clients.get(1).send(ChatRoom.chatJson("민수", "안녕하세요"));
        for (Probe client : clients) {
            check.expect(client, "민수: 안녕하세요", room().hint());
        }
        room().verify(check, clients.get(2), clients, "반가워요!");
        check.expectSilence(room().hint(), clients.toArray(Probe[]::new));
    }

    @Test
    @DisplayName("이름과 메시지는 앞뒤 공백과 마크업까지 그대로 전달된다 / The name and the message arrive exactly as sent, spaces and markup included")
    void nameAndMessageExact(Check check) {
        List<Probe> clients = room().join(check, 2);
        List<List<String>> chats = List.of(List.of("  민수 ", " 안녕하세요  "), List.of("<b>Kim</b> & Lee", "<b>&amp;</b> <i>hi</i>"),
                List.of("\tTab\t", "two\nlines\n"));
        for (List<String> chat : chats) {
            clients.get(0).send(ChatRoom.chatJson(chat.get(0), chat.get(1)));
            for (Probe client : clients) {
                ExactText.expect(check, client, chat.get(0) + ": " + chat.get(1), room().hint());
            }
        }
        check.expectSilence(room().hint(), clients.toArray(Probe[]::new));
    }

    @Test
    @DisplayName("JSON 의 이스케이프는 풀어서 전달한다 / JSON escapes are decoded")
    void escapesDecoded(Check check) {
        List<Probe> clients = room().join(check, 2);
        clients.get(0).send("{\"name\":\"\\uC9C0\\uC218\",\"message\":\"say \\\"hi\\\"\\n\\tbye\"}");
        for (Probe client : clients) {
            check.expect(client, "지수: say \"hi\"\n\tbye", Msg.of(
                    "JSON 문자열은 asText() 로 꺼내세요: toString() 은 따옴표와 이스케이프를 그대로 남깁니다.",
                    "Take JSON strings out with asText(): toString() keeps the quotes and the escapes."));
        }
        check.expectSilence(room().hint(), clients.toArray(Probe[]::new));
    }

    @Test
    @DisplayName("JSON 이 아니면 보낸 사람만 Error: 로 시작하는 답을 받는다 / Not JSON: only the sender gets a reply that starts with Error:")
    void notJson(Check check) {
        requireErrors(check, "Hello", "{\"name\": \"민수\", \"message\": ", "");
    }

    @Test
    @DisplayName("name 이 없거나 비었으면 Error: 로 답한다 / A missing or blank name gets an Error: reply")
    void missingOrBlankName(Check check) {
        requireErrors(check, "{\"message\":\"누구게요?\"}", "{\"name\":\"\",\"message\":\"안녕\"}",
                "{\"name\":\"   \",\"message\":\"안녕\"}");
    }

    @Test
    @DisplayName("message 가 없으면 Error: 로 답한다 / A missing message gets an Error: reply")
    void missingMessage(Check check) {
        requireErrors(check, "{\"name\":\"민수\"}", "{\"name\":\"민수\",\"text\":\"안녕\"}");
    }

    /**
     * Each bad message gets a reply to its sender alone that starts with "Error: " and says more; the others hear
     * nothing of it, and the sender's next good message still reaches everyone.
     */
    private void requireErrors(Check check, String... badMessages) {
        List<Probe> clients = room().join(check, 2);
        Probe sender = clients.get(0);
        for (String bad : badMessages) {
            sender.send(bad);
            expectError(check, sender);
        }
        room().verify(check, sender, clients, "still here");
        check.expectSilence(room().hint(), clients.toArray(Probe[]::new));
    }

    private void expectError(Check check, Probe sender) {
        check.journal().add(sender.name() + " 의 답을 최대 " + Check.ANSWER_TIMEOUT.toMillis() + " ms 기다림 (\"Error: \" 로 시작해야 함)",
                "waited up to " + Check.ANSWER_TIMEOUT.toMillis() + " ms for " + sender.name() + "'s reply (it must start with \"Error: \")");
        Frame reply = check.next(sender, Check.ANSWER_TIMEOUT);
        Msg wanted = Msg.of(sender.name() + " 이(가) \"Error: \" 로 시작하고 무엇이 잘못되었는지 말하는 텍스트를 받음",
                sender.name() + " receives a text that starts with \"Error: \" and says what was wrong");
        if (reply == null) {
            throw check.failedWaiting(Msg.of(sender.name() + " 이(가) " + Check.ANSWER_TIMEOUT.toMillis() + " ms 동안 아무 답도 받지 못했습니다.",
                    sender.name() + " received no reply within " + Check.ANSWER_TIMEOUT.toMillis() + " ms."), wanted,
                    Msg.of("아무것도 오지 않음", "nothing arrived"), ERROR_HINT);
        }
        if (!reply.isText() || !reply.text().startsWith("Error: ") || reply.text().isBlank()
                || reply.text().substring("Error: ".length()).isBlank()) {
            throw check.failed(Msg.of(sender.name() + " 이(가) 받은 답이 \"Error: ...\" 가 아닙니다.",
                    sender.name() + "'s reply is not an \"Error: ...\" reply."), wanted, reply.describe(), ERROR_HINT);
        }
    }
}
