package workbook.grader.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.browser.ClientCheck;
import workbook.grader.browser.PageRecorder.Look;
import workbook.grader.browser.server.ReferenceServer;
import workbook.grader.browser.server.ScriptedServer;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.support.LessonServer;

/**
 * Lesson 07's client (seed 002's front/index.html, task 3; 003's chat page): sends name and message as JSON, refuses a
 * blank name, shows every line, keeps the head count of the latest join or leave line.
 */
public abstract class ChatRoomClientTask extends BrowserClientTask {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NAME = " 민수 \"M\" ";
    static final String MESSAGE = "say \"hi\", \\ and 🎉 <b>";

    private static final Msg JSON_HINT = Msg.of("ws.send(JSON.stringify({ name: nameInput.value, message: messageInput.value })); 처럼 JSON.stringify로 만드세요. 문자열을 이어 붙여 만든 JSON은 따옴표나 역슬래시가 든 글에서 깨집니다.",
            "Build it with JSON.stringify, as in ws.send(JSON.stringify({ name: nameInput.value, message: messageInput.value }));. JSON glued together from strings breaks on a text with a quote or a backslash.");
    private static final Msg COUNT_HINT = Msg.of("입장 줄과 퇴장 줄 모두에서 headCount(event.data)가 돌려준 숫자로 #count를 고치세요: 마지막 줄의 숫자가 지금 인원입니다.",
            "Update #count from headCount(event.data) on join lines and leave lines alike: the latest line's number is the count now.");

    @Test
    @DisplayName("이름과 메시지를 JSON.stringify로 보내고, 메시지 칸만 비운다 / Sends JSON.stringify of name and message, and clears the message only")
    public void sendsJson(ClientCheck check) {
        ScriptedServer server = connect(check);
        typeAndSend(check, NAME, MESSAGE);
        Msg wanted = Msg.of("JSON 객체 {\"name\": " + Quote.text(NAME) + ", \"message\": " + Quote.text(MESSAGE) + "}",
                "the JSON object {\"name\": " + Quote.text(NAME) + ", \"message\": " + Quote.text(MESSAGE) + "}");
        String frame = check.expectFrame(server, wanted, text -> true, JSON_HINT);
        JsonNode chat = parse(frame);
        if (chat == null || !chat.isObject()) {
            check.fail(Msg.of("페이지가 보낸 것이 JSON 객체가 아닙니다: 따옴표가 든 이름과 메시지에서 깨졌습니다.",
                    "What the page sent is not a JSON object: it broke on a name and message with quotes in them."), wanted, Msg.same(Quote.text(frame)), JSON_HINT);
        }
        if (!NAME.equals(chat.path("name").asText(null)) || !MESSAGE.equals(chat.path("message").asText(null))) {
            check.fail(Msg.of("JSON의 name이나 message가 입력한 글과 다릅니다.", "The JSON's name or message differs from what was typed."),
                    wanted, Msg.same(Quote.text(frame)), Msg.of("두 칸의 value를 자르거나 바꾸지 말고 그대로 넣으세요.",
                            "Put both fields' values in as they are, neither trimmed nor changed.").plus(Msg.same(" ")).plus(JSON_HINT));
        }
        Look look = check.look();
        if (!look.message().isEmpty() || !NAME.equals(look.name())) {
            check.fail(Msg.of("보낸 뒤에는 메시지 칸만 비고 이름은 남아야 합니다.", "After sending, the message field is cleared and the name stays."),
                    Msg.of("#message \"\", #name " + Quote.text(NAME), "#message \"\", #name " + Quote.text(NAME)),
                    Msg.same("#message " + Quote.text(look.message()) + ", #name " + Quote.text(look.name())),
                    Msg.of("messageInput.value만 비우세요. 이름은 다음 메시지에도 씁니다.", "Clear messageInput.value only: the name is used for the next message too."));
        }
    }

    @Test
    @DisplayName("이름이 비면 보내지 않고 #name에 aria-invalid=\"true\"를 단다 / A blank name sends nothing and marks #name aria-invalid=\"true\"")
    public void blankNameSendsNothing(ClientCheck check) {
        ScriptedServer server = connect(check);
        typeAndSend(check, "   ", "이름 없이 · no name");
        Msg hint = Msg.of("if (nameInput.value.trim() === '') { nameInput.setAttribute('aria-invalid', 'true'); return; } 처럼 보내기 전에 거르세요.",
                "Stop before sending, as in if (nameInput.value.trim() === '') { nameInput.setAttribute('aria-invalid', 'true'); return; }.");
        check.expectNoFrame(server, Msg.of("이름이 공백뿐인데 페이지가 메시지를 보냈습니다.", "The name was blank, yet the page sent a message."), hint);
        Look look = check.look();
        if (!"true".equals(look.nameInvalid())) {
            check.fail(Msg.of("빈 이름을 #name에 표시하지 않았습니다.", "The page did not mark the blank name on #name."),
                    Msg.same("aria-invalid=\"true\""), Msg.same("aria-invalid=" + Quote.text(look.nameInvalid())), hint);
        }
    }

    @Test
    @DisplayName("모든 줄을 보여 주고 #count는 마지막 입장·퇴장 줄의 인원이다 / Shows every line; #count holds the latest join or leave count")
    public void showsLinesAndCount(ClientCheck check) {
        ScriptedServer server = connect(check);
        List<String> shown = new ArrayList<>();
        String[][] steps = {
            {"새로운 유저 접속 [현재: 1명]", "1"}, {"새로운 유저 접속 [현재: 2명]", "2"}, {"민수: " + MARKUP, "2"},
            {"새로운 유저 접속 [현재: 3명]", "3"}, {"유저 연결 해제 [현재: 2명]", "2"}, {"유저 연결 해제 [현재: 1명]", "1"},
        };
        for (String[] step : steps) {
            shown.add(step[0]);
            sendAndExpectShown(check, server, List.of(step[0]), shown);
            int n = Integer.parseInt(step[1]);
            check.expectPage(Msg.of("#count가 " + n + "명을 보이기를 기다림", "waited for #count to show " + n),
                    Msg.of("#count에 " + n + " (다른 숫자 없이)", "#count showing " + n + " (and no other number)"),
                    look -> !numbers(look.count()).isEmpty() && numbers(look.count()).stream().allMatch(k -> k == n),
                    look -> Msg.same("#count " + Quote.text(look.count())),
                    Msg.of("#count가 지금 인원을 보이지 않습니다.", "#count does not show the head count now."), COUNT_HINT);
        }
    }

    @Test
    @DisplayName("참고 답안 서버가 내준 페이지로 채팅한다 / Chats through the page the reference server serves")
    public void chatsThroughTheReference(ClientCheck check) {
        Path front = check.client().front();
        InProcessServer reference = check.closeLater(ReferenceServer.start(check.client().lesson(),
                type -> (LessonServer) type.getConstructor(int.class, int.class, Path.class).newInstance(0, 0, front)));
        String http = reference.httpUri().orElseThrow() + "/?ws=" + java.net.URLEncoder.encode(reference.webSocketUri().toString(),
                java.nio.charset.StandardCharsets.UTF_8);
        check.journal().add("참고 답안 서버를 " + check.client().shownScript().replace("/app.js", "") + " 폴더로 시작함",
                "started the reference server with the folder " + check.client().shownScript().replace("/app.js", ""));
        check.openUrl(http);
        expectShown(check, List.of("새로운 유저 접속 [현재: 1명]"));
        typeAndSend(check, "민수", "안녕하세요");
        expectShown(check, List.of("새로운 유저 접속 [현재: 1명]", "민수: 안녕하세요"));
    }

    private static JsonNode parse(String frame) {
        try {
            return JSON.readTree(frame);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
