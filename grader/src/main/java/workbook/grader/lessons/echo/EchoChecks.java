package workbook.grader.lessons.echo;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.grader.core.Check;
import workbook.grader.core.LessonChecks;
import workbook.grader.lessons.common.CommonRules;
import workbook.grader.lessons.common.Delivery.Turn;
import workbook.grader.lessons.common.ReplyToSender;

@LessonChecks
@DisplayName("01 에코 서버 / 01 Echo server")
// An echo answers the sender only, so checks sharing a running server (--url) cannot disturb each other.
@Execution(ExecutionMode.CONCURRENT)
public class EchoChecks {

    static final String PREFIX = "Server received: ";

    static final ReplyToSender ECHO = new ReplyToSender(PREFIX);

    @Nested
    @Tag("task:1")
    @DisplayName("과제 1 · 받은 메시지를 접두사와 함께 돌려준다 / Task 1 · Send each message back with the prefix")
    class Task1 {

        @Test
        @DisplayName("보낸 메시지가 \"Server received: \" 와 함께 돌아온다 / A message comes back after \"Server received: \"")
        void repliesWithPrefix(Check check) {
            ECHO.expectPrefixedReply(check, check.connect());
        }

        @Test
        @DisplayName("메시지마다 한 번씩 답한다 / Each message gets exactly one reply")
        void oneReplyPerMessage(Check check) {
            ECHO.expectOneReplyEach(check, check.connect());
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("과제 2 · 답장은 보낸 사람에게만 간다 / Task 2 · The reply goes to the sender only")
    class Task2 {

        @Test
        @DisplayName("다른 클라이언트는 아무것도 받지 않는다 / Other clients receive nothing")
        void othersReceiveNothing(Check check) {
            ECHO.verifyTurns(check, check.connect(3), new Turn(1, "only for me"));
        }

        @Test
        @DisplayName("두 클라이언트가 번갈아 보내도 각자 자기 답장만 받는다 / Two clients taking turns each get only their own replies")
        void takingTurns(Check check) {
            ECHO.verifyTurns(check, check.connect(2), new Turn(0, "from one"), new Turn(1, "from two"), new Turn(0, "one again"));
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("과제 3 · 모든 레슨의 공통 규칙 / Task 3 · Rules for every lesson")
    class Rules extends CommonRules {
        Rules() {
            super(ECHO);
        }
    }

    @Nested
    @Tag("task:4")
    @DisplayName("과제 4 · 브라우저 클라이언트 / Task 4 · Browser client")
    class BrowserClient extends workbook.grader.clients.EchoClientTask {
    }
}
