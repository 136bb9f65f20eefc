package workbook.grader.lessons.broadcast;

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
import workbook.grader.lessons.common.LeavingClients;

@LessonChecks
@DisplayName("03 브로드캐스트 / 03 Broadcast")
public class BroadcastChecks {

    static final String PREFIX = "Broadcast: ";

    /** Every open client, the sender included, receives the message after the prefix. */
    static final Delivery BROADCAST = new Delivery() {
        @Override
        public Map<Probe, String> expected(Probe sender, List<Probe> clients, String text) {
            Map<Probe, String> everyone = new LinkedHashMap<>();
            clients.forEach(client -> everyone.put(client, PREFIX + text));
            return everyone;
        }

        @Override
        public Msg hint() {
            return Msg.of("onMessage 에서 getConnections() 의 열려 있는 클라이언트 모두에게 (보낸 사람도 포함해서) 한 번씩 \""
                            + PREFIX + "\" + message 를 보내고 있나요?",
                    "In onMessage, do you send \"" + PREFIX + "\" + message once to every open client of getConnections(),"
                            + " the sender included?");
        }
    };

    @Nested
    @Tag("task:1")
    @DisplayName("과제 1 · 모든 클라이언트에게 \"Broadcast: \" 와 함께 보낸다 / Task 1 · Send \"Broadcast: \" and the message to every client")
    class Task1 {

        @Test
        @DisplayName("보낸 사람을 포함해 모든 클라이언트가 \"Broadcast: \" 메시지를 받는다 / Every client, the sender included, receives \"Broadcast: \" and the message")
        void everyoneIncludingTheSender(Check check) {
            List<Probe> clients = check.connect(3);
            clients.get(1).send("Hello everyone!");
            for (Probe client : clients) {
                check.expect(client, PREFIX + "Hello everyone!", Msg.of(
                        "모든 클라이언트, 메시지를 보낸 " + clients.get(1).name() + " 자신도 \"" + PREFIX
                                + "\" (콜론 뒤 공백 포함) 뒤에 받은 메시지를 그대로 받아야 합니다. 반복문이 보낸 사람을 건너뛰고 있지 않나요?",
                        "Every client, the sender " + clients.get(1).name() + " too, receives \"" + PREFIX
                                + "\" (with the space after the colon) followed by the message unchanged. Does your loop skip the sender?"));
            }
            check.expectSilence(BROADCAST.hint(), clients.toArray(Probe[]::new));
        }

        @Test
        @DisplayName("혼자 있는 클라이언트도 자기 메시지를 받는다 / A client alone receives its own broadcast")
        void aloneStillReceives(Check check) {
            BROADCAST.verifyTurns(check, List.of(check.connect()), new Turn(0, "is anybody there?"));
        }

        @Test
        @DisplayName("누가 보내든 모두가 메시지마다 한 번씩 받는다 / Whoever sends, everyone receives each message once")
        void everyMessageOnceToEveryone(Check check) {
            BROADCAST.verifyTurns(check, check.connect(3),
                    new Turn(0, "from one"), new Turn(2, "from three"), new Turn(1, "from two"));
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("과제 2 · 닫힌 클라이언트는 오류 없이 건너뛴다 / Task 2 · Skip clients that have closed, without an error")
    class Task2 {

        @Test
        @DisplayName("close 프레임으로 닫은 클라이언트는 건너뛰고 예외가 나지 않는다 / A client that closed with a close frame is skipped without an exception")
        void closedClient(Check check) throws IOException, InterruptedException {
            LeavingClients.closedClientIsSkipped(check, BROADCAST);
        }

        @Test
        @DisplayName("닫히는 중인 클라이언트에게는 보내지 않고 예외가 나지 않는다 / A client that is closing is skipped without an exception")
        void closingClient(Check check) throws IOException, InterruptedException {
            ClosingClients.closingClientIsSkipped(check, BROADCAST, LeavingClients.CHECK_IS_OPEN);
        }

        @Test
        @DisplayName("close 프레임 없이 사라진 클라이언트는 건너뛰고 예외가 나지 않는다 / A client that vanished is skipped without an exception")
        void vanishedClient(Check check) throws IOException, InterruptedException {
            LeavingClients.vanishedClientIsSkipped(check, BROADCAST);
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("과제 3 · 모든 레슨의 공통 규칙 / Task 3 · Rules for every lesson")
    class Rules extends CommonRules {
        Rules() {
            super(BROADCAST);
        }
    }
}
