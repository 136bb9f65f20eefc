package workbook.grader.clients;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.browser.ClientCheck;
import workbook.grader.browser.server.ReferenceServer;
import workbook.grader.browser.server.ScriptedServer;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.words.Msg;
import workbook.support.LessonServer;

/** Lesson 06's client (seed 001's notification client, 004's reply): shows each notification, answers each once. */
public abstract class NotificationClientTask extends BrowserClientTask {

    static final String NOTIFICATION = "This is a real-time notification";
    static final String REPLY = "클라이언트에서 서버로 답장을 보냅니다";
    private static final Duration REFERENCE_PERIOD = Duration.ofMillis(150);

    private static final Msg REPLY_HINT = Msg.of("ws.onmessage 안에, 알림을 보여 준 다음 ws.send(REPLY) 호출이 한 번 있나요? 답장은 메시지가 올 때만, 메시지마다 한 번입니다 (004, 2-4).",
            "Inside ws.onmessage, after showing the notification, do you call ws.send(REPLY); once? A reply goes only when a message comes, once per message (004, 2-4).");

    @Test
    @DisplayName("알림을 모두 #notifications에 글자 그대로 보여 준다 / Shows every notification in #notifications, exactly as text")
    public void showsEveryNotification(ClientCheck check) {
        ScriptedServer server = connect(check);
        List<String> sent = new java.util.ArrayList<>(List.of(NOTIFICATION, NOTIFICATION));
        sent.addAll(SAMPLES);
        sendAndExpectShown(check, server, sent, sent);
    }

    @Test
    @DisplayName("메시지가 올 때마다 답장을 한 번 보내고, 온 것이 없으면 보내지 않는다 / Replies once to each message, and never when nothing came")
    public void repliesOncePerMessage(ClientCheck check) {
        ScriptedServer server = connect(check);
        expectOpen(check);
        check.expectNoFrame(server, Msg.of("서버가 아무것도 보내지 않았는데 페이지가 답장을 보냈습니다.", "The page replied though the server had sent nothing."),
                REPLY_HINT);
        for (int i = 1; i <= 2; i++) {
            check.journal().add("채점기의 서버가 " + i + "번째 알림을 보냄", "the grader's server sent notification " + i);
            server.send(NOTIFICATION);
            check.expectFrame(server, REPLY, REPLY_HINT);
        }
        check.expectNoFrame(server, Msg.of("알림 두 개에 답장이 두 개보다 많았습니다.", "The page sent more than two replies to two notifications."), REPLY_HINT);
    }

    @Test
    @DisplayName("참고 답안 서버의 알림을 받아 보여 준다 / Shows the reference server's notifications")
    public void showsTheReferenceNotifications(ClientCheck check) {
        InProcessServer reference = check.closeLater(ReferenceServer.start(check.client().lesson(),
                withPeriod(REFERENCE_PERIOD)));
        check.journal().add("참고 답안 서버를 " + reference.webSocketUri() + "에서 " + REFERENCE_PERIOD.toMillis() + " ms 주기로 시작함",
                "started the reference server at " + reference.webSocketUri() + ", every " + REFERENCE_PERIOD.toMillis() + " ms");
        check.openPage(reference.webSocketUri());
        expectOpen(check);
        check.expectPage(Msg.of("#notifications 목록에 알림이 두 개 이상 보이기를 기다림", "waited for #notifications to show two notifications or more"),
                Msg.of("알림 두 개 이상: " + quoted(List.of(NOTIFICATION, NOTIFICATION)) + ", …", "two notifications or more: "
                        + quoted(List.of(NOTIFICATION, NOTIFICATION)) + ", …"),
                look -> look.lines().size() >= 2 && look.lines().stream().allMatch(NOTIFICATION::equals),
                look -> Msg.same(quoted(look.lines())),
                Msg.of("참고 답안 서버의 알림이 페이지에 보이지 않습니다.", "The reference server's notifications do not show on the page."),
                workbook.grader.browser.Hints.showEveryMessage());
    }

    private static ServerRecipe withPeriod(Duration period) {
        return type -> (LessonServer) type.getConstructor(int.class, Duration.class).newInstance(0, period);
    }
}
