package workbook.grader.clients;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.browser.ClientCheck;
import workbook.grader.browser.PageRecorder.Look;
import workbook.grader.browser.server.ScriptedServer;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;

/** Lesson 02's client (seed 001's client.js): shows every message, sends what is typed, clears the field. */
public abstract class WelcomeClientTask extends BrowserClientTask {

    static final String WELCOME = "Welcome to the WebSocket server!";
    /** Spaces around, quotes, a backslash, Korean and an emoji: a page that sends the value exactly keeps them all. */
    static final String TYPED = "  안녕 \"hi\" \\ 🎉  ";

    private static final Msg SEND_HINT = Msg.of("#send의 click 처리기에서 ws.send(input.value)를 부른 다음 input.value = ''; 한 줄로 비우나요? 값을 자르거나 (trim) 바꾸지 마세요.",
            "Does #send's click handler call ws.send(input.value); and then clear it with input.value = '';? Do not trim or change the value.");
    private static final Msg EMPTY_HINT = Msg.of("보내기 전에 if (input.value === '') return; 처럼 빈 입력을 거르나요?",
            "Before sending, do you skip an empty input, as in if (input.value === '') return;?");

    @Test
    @DisplayName("환영 인사를 포함해 받은 메시지를 모두 글자 그대로 보여 준다 / Shows every message exactly as text, the welcome included")
    public void showsEverythingWithTheWelcome(ClientCheck check) {
        ScriptedServer server = connect(check);
        List<String> sent = new ArrayList<>(List.of(WELCOME));
        sent.addAll(SAMPLES);
        sendAndExpectShown(check, server, sent, sent);
        if (!server.everythingReceived().isEmpty()) {
            check.fail(Msg.of("아무것도 입력하지 않았는데 페이지가 무언가를 보냈습니다.", "The page sent something though nothing was typed."),
                    Msg.of("보낸 것 없음", "nothing sent"), Msg.same(quoted(server.everythingReceived())),
                    Msg.of("이번 페이지는 연결될 때 아무것도 보내지 않습니다: 서버가 먼저 인사합니다.", "This page sends nothing when it connects: the server speaks first."));
        }
    }

    @Test
    @DisplayName("#send는 입력한 글을 그대로 보내고 입력칸을 비운다 (클릭과 Enter) / #send sends the input exactly and clears it (click and Enter)")
    public void sendsTheInputExactly(ClientCheck check) {
        ScriptedServer server = connect(check);
        typeAndSend(check, TYPED);
        check.expectFrame(server, TYPED, SEND_HINT);
        expectCleared(check);
        check.type("message", "Enter 로도 · by Enter");
        check.pressEnter("message");
        check.expectFrame(server, "Enter 로도 · by Enter", Msg.of("Enter는 페이지의 form이 #send 클릭으로 바꿔 줍니다: #send에 click 처리기를 다세요 (keydown을 따로 다룰 필요 없음).",
                "The page's form turns Enter into a click on #send: put your handler on #send's click (no keydown handling needed)."));
    }

    @Test
    @DisplayName("입력칸이 비어 있으면 아무것도 보내지 않는다 / An empty input sends nothing")
    public void emptyInputSendsNothing(ClientCheck check) {
        ScriptedServer server = connect(check);
        typeAndSend(check, "");
        check.expectNoFrame(server, Msg.of("빈 입력칸인데 페이지가 메시지를 보냈습니다.", "The input was empty, yet the page sent a message."), EMPTY_HINT);
    }

    @Test
    @DisplayName("참고 답안 서버와 주고받는다 / Talks with the reference server")
    public void talksWithTheReference(ClientCheck check) {
        openOnReference(check);
        expectShown(check, List.of(WELCOME));
        typeAndSend(check, "반가워요");
        expectShown(check, List.of(WELCOME, "You said: 반가워요"));
    }

    static void expectCleared(ClientCheck check) {
        Look look = check.look();
        if (look.message() != null && !look.message().isEmpty()) {
            check.fail(Msg.of("보낸 뒤에도 입력칸에 글이 남아 있습니다.", "The input still holds the text after sending."),
                    Msg.of("#message의 값이 \"\" (비어 있음)", "#message's value \"\" (empty)"), Msg.same(Quote.text(look.message())),
                    Msg.of("보낸 다음 input.value = ''; 한 줄로 입력칸을 비우세요. 그래야 같은 글을 실수로 두 번 보내지 않습니다.",
                            "After sending, clear the field with input.value = '';, so the same text is not sent twice by mistake."));
        }
    }
}
