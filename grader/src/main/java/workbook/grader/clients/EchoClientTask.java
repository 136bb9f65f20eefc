package workbook.grader.clients;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.browser.ClientCheck;
import workbook.grader.browser.server.ScriptedServer;
import workbook.grader.core.words.Msg;

/** Lesson 01's client (seed 000's page): says hello on open, shows every message, reports close and error. */
public abstract class EchoClientTask extends BrowserClientTask {

    static final String HELLO = "Hello Server!";

    private static final Msg HELLO_HINT = Msg.of("ws.onopen 안에 ws.send('Hello Server!') 호출이 한 번 있나요? 글자와 느낌표까지 그대로여야 합니다.",
            "Does ws.onopen call ws.send('Hello Server!'); once? Every letter and the exclamation mark count.");

    @Test
    @DisplayName("연결이 열리면 \"Hello Server!\"를 한 번 보낸다 / Sends \"Hello Server!\" once, when the connection opens")
    public void helloOnOpen(ClientCheck check) {
        ScriptedServer server = connect(check);
        check.expectFrame(server, HELLO, HELLO_HINT);
        check.expectNoFrame(server, Msg.of("페이지가 \"Hello Server!\" 뒤에도 무언가를 보냈습니다.", "The page sent something after \"Hello Server!\"."),
                HELLO_HINT);
        expectOpen(check);
    }

    @Test
    @DisplayName("받은 메시지를 모두 글자 그대로 보여 준다: 한글, 이모지, 공백, 마크업 / Shows every message exactly as text: Korean, emoji, spaces, markup")
    public void showsMessagesAsText(ClientCheck check) {
        ScriptedServer server = connect(check);
        sendAndExpectShown(check, server, SAMPLES, SAMPLES);
    }

    @Test
    @DisplayName("참고 답안 서버와 주고받는다 / Talks with the reference server")
    public void talksWithTheReference(ClientCheck check) {
        openOnReference(check);
        expectShown(check, List.of("Server received: " + HELLO));
        expectOpen(check);
    }
}
