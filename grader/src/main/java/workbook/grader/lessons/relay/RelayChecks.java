package workbook.grader.lessons.relay;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.grader.core.Check;
import workbook.grader.core.LessonChecks;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.common.CommonRules;
import workbook.grader.lessons.common.Delivery;
import workbook.grader.lessons.common.Delivery.Turn;
import workbook.grader.lessons.common.ExactText;
import workbook.grader.lessons.common.LeavingClients;

@LessonChecks
@DisplayName("04 보낸 사람 빼고 전달 / 04 All but the sender")
public class RelayChecks {

    /** Every open client but the sender receives the message unchanged; the sender receives nothing. */
    static final Delivery RELAY = new Delivery() {
        @Override
        public Map<Probe, String> expected(Probe sender, List<Probe> clients, String text) {
            Map<Probe, String> others = new LinkedHashMap<>();
            clients.stream().filter(client -> client != sender).forEach(client -> others.put(client, text));
            return others;
        }

        @Override
        public void afterBinary(Check check, Map<Probe, Integer> sentBytes) {
            BinaryRelay.expectIgnoredOrRelayed(check, sentBytes, NOT_THE_SENDER);
        }

        @Override
        public Msg hint() {
            return Msg.of("onMessage 에서 getConnections() 를 돌며 client != conn 이고 열려 있는 클라이언트에게만 message 를 그대로 보내고 있나요?",
                    "In onMessage, do you loop over getConnections() and send message, as it is, only to open clients with client != conn?");
        }
    };

    static final Msg UNCHANGED = Msg.of(
            "받은 message 를 아무것도 붙이거나 바꾸지 말고 그대로 client.send(message) 하세요. 이번 레슨에는 접두사가 없습니다.",
            "Send the received message exactly as it is, client.send(message): this lesson adds no prefix and changes nothing.");

    static final Msg NOT_THE_SENDER = Msg.of(
            "반복문에서 보낸 사람을 건너뛰고 있나요? 튜토리얼의 client !== ws 는 Java 에서 client != conn 입니다.",
            "Does your loop skip the sender? The tutorial's client !== ws is client != conn in Java.");

    /** The first of {@code clients} sends {@code text}; each other client receives it unchanged, then nothing more. */
    static void firstSendsToTheOthers(Check check, List<Probe> clients, String text, Msg strayHint) {
        clients.get(0).send(text);
        for (Probe other : clients.subList(1, clients.size())) {
            check.expect(other, text, UNCHANGED);
        }
        check.expectSilence(strayHint, clients.toArray(Probe[]::new));
    }

    @Nested
    @Tag("task:1")
    @DisplayName("과제 1 · 다른 클라이언트 모두에게 그대로 전달한다 / Task 1 · Pass each message on, unchanged, to every other client")
    class Task1 {

        @Test
        @DisplayName("다른 클라이언트 모두가 메시지를 그대로 받는다 / Every other client receives the message unchanged")
        void othersReceiveItUnchanged(Check check) {
            firstSendsToTheOthers(check, check.connect(3), "Hello, everyone else!", RELAY.hint());
        }

        @Test
        @DisplayName("띄어쓰기, 따옴표, 줄바꿈도 한 글자도 바뀌지 않는다 / Spaces, quotes and line breaks arrive exactly as sent")
        void exactlyAsSent(Check check) {
            List<Probe> clients = check.connect(2);
            String tricky = "  {\"type\": \"chat\"}\n두 줄째: \"quoted\" \\ end  ";
            clients.get(1).send(tricky);
            ExactText.expect(check, clients.get(0), tricky, UNCHANGED);
            check.expectSilence(RELAY.hint(), clients.toArray(Probe[]::new));
        }

        @Test
        @DisplayName("누가 보내든 나머지 모두가 한 번씩 받는다 / Whoever sends, each of the others receives it once")
        void everyDirection(Check check) {
            RELAY.verifyTurns(check, check.connect(3),
                    new Turn(2, "from three"), new Turn(0, "from one"), new Turn(1, "from two"));
        }

        @Test
        @DisplayName("닫힌 클라이언트는 건너뛰고 예외가 나지 않는다 / A client that closed is skipped without an exception")
        void closedClient(Check check) throws IOException, InterruptedException {
            LeavingClients.closedClientIsSkipped(check, RELAY);
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("과제 2 · 보낸 사람은 아무것도 받지 않는다 / Task 2 · The sender receives nothing")
    class Task2 {

        @Test
        @DisplayName("보낸 사람에게는 자기 메시지가 돌아오지 않는다 / The sender does not get its own message back")
        void senderGetsNothing(Check check) {
            firstSendsToTheOthers(check, check.connect(2), "not for me", NOT_THE_SENDER);
        }

        @Test
        @DisplayName("혼자 있는 클라이언트가 보내면 아무도 받지 않는다 / A client alone sends, and nobody receives anything")
        void aloneReceivesNothing(Check check) {
            Probe alone = check.connect();
            alone.send("talking to myself");
            check.expectSilence(NOT_THE_SENDER, alone);
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("과제 3 · 모든 레슨의 공통 규칙 / Task 3 · Rules for every lesson")
    class Rules extends CommonRules {
        Rules() {
            super(RELAY);
        }
    }
}
