package workbook.grader.lessons.welcome;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.grader.core.Check;
import workbook.grader.core.LessonChecks;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.common.CommonRules;
import workbook.grader.lessons.common.Delivery.Turn;
import workbook.grader.lessons.common.ReplyToSender;

@LessonChecks
@DisplayName("02 환영 메시지 / 02 Welcome message")
public class WelcomeChecks {

    static final String WELCOME = "Welcome to the WebSocket server!";
    static final String PREFIX = "You said: ";

    static final Msg WELCOME_HINT = Msg.of(
            "onOpen 에서 conn.send(\"" + WELCOME + "\") 로 방금 연결한 클라이언트에게 한 번만 보내고 있나요? 글자 하나, 느낌표까지 똑같아야 합니다.",
            "In onOpen, do you call conn.send(\"" + WELCOME + "\") once, for the client that has just connected? Every character counts, the ! too.");

    static final Msg ONLY_THE_NEWCOMER = Msg.of(
            "환영 메시지를 onOpen 의 conn 에게만 보내고 있나요? broadcast(...) 나 getConnections() 를 도는 반복문은 이미 있던 클라이언트에게도 보냅니다.",
            "Do you send the welcome to onOpen's conn alone? broadcast(...) or a loop over getConnections() also reaches the clients already there.");

    /** Lesson 02's clients take their welcome when they join; then each message is answered to its sender alone. */
    static final ReplyToSender REPLY = new ReplyToSender(PREFIX) {
        @Override
        public Probe join(Check check) {
            Probe client = check.connect();
            check.expect(client, WELCOME, WELCOME_HINT);
            return client;
        }
    };

    @Nested
    @Tag("task:1")
    @DisplayName("과제 1 · 연결한 클라이언트를 환영한다 / Task 1 · Welcome each client that connects")
    class Task1 {

        @Test
        @DisplayName("연결하자마자 받는 첫 프레임이 환영 메시지다 / The first frame a new client receives is the welcome")
        void welcomeComesFirst(Check check) {
            Probe client = check.connect();
            check.expect(client, WELCOME, Msg.of(
                    "환영 메시지는 클라이언트가 아무것도 보내기 전에, onOpen 에서 보냅니다. 튜토리얼의 connection 핸들러 안의 ws.send(...) 가 바로 그 자리입니다.",
                    "The welcome goes out in onOpen, before the client sends anything: that is where the tutorial's ws.send(...) sits, inside the connection handler."));
            check.expectSilence(WELCOME_HINT, client);
        }

        @Test
        @DisplayName("환영 메시지는 한 번만 온다 / The welcome comes once")
        void welcomeOnce(Check check) {
            Probe client = REPLY.join(check);
            check.expectSilence(Msg.of("환영 메시지를 두 군데에서 (예: onOpen 과 onStart, 또는 반복문 안에서) 보내고 있지 않나요?",
                    "Is the welcome sent from two places (onOpen and somewhere else, or inside a loop)?"), client);
        }

        @Test
        @DisplayName("환영 메시지는 새로 온 사람만 받고, 이미 있던 클라이언트는 아무것도 받지 않는다 / Only the newcomer is welcomed: clients already there receive nothing")
        void onlyTheNewcomer(Check check) {
            Probe first = REPLY.join(check);
            Probe second = check.connect();
            check.expect(second, WELCOME, WELCOME_HINT);
            // Listen before the next join, so a stray welcome is caught at the join that sent it.
            check.expectSilence(ONLY_THE_NEWCOMER, first);
            Probe third = check.connect();
            check.expect(third, WELCOME, WELCOME_HINT);
            check.expectSilence(ONLY_THE_NEWCOMER, first, second, third);
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("과제 2 · 보낸 사람에게만 \"You said: \" 로 답한다 / Task 2 · Answer the sender alone with \"You said: \"")
    class Task2 {

        @Test
        @DisplayName("보낸 메시지가 \"You said: \" 와 함께 돌아온다 / A message comes back after \"You said: \"")
        void repliesWithPrefix(Check check) {
            REPLY.expectPrefixedReply(check, REPLY.join(check));
        }

        @Test
        @DisplayName("메시지마다 한 번씩 답한다 / Each message gets exactly one reply")
        void oneReplyPerMessage(Check check) {
            REPLY.expectOneReplyEach(check, REPLY.join(check));
        }

        @Test
        @DisplayName("다른 클라이언트는 답장을 받지 않는다 / Other clients receive no reply")
        void othersReceiveNothing(Check check) {
            REPLY.verifyTurns(check, REPLY.join(check, 3), new Turn(1, "only for me"), new Turn(0, "and this one for me"));
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("과제 3 · 모든 레슨의 공통 규칙 / Task 3 · Rules for every lesson")
    class Rules extends CommonRules {
        Rules() {
            super(REPLY);
        }
    }

    @Nested
    @Tag("task:4")
    @DisplayName("과제 4 · 브라우저 클라이언트 / Task 4 · Browser client")
    class BrowserClient extends workbook.grader.clients.WelcomeClientTask {
    }
}
