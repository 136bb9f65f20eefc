package workbook.tools.browser.lessons;

import static workbook.tools.browser.LessonPage.XSS;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.ServedWorkbook;
import workbook.tools.browser.Windows;
import workbook.tools.serve.status.Side;

@ExtendWith(BrowserExtension.class)
@DisplayName("07 정적 페이지와 입장·퇴장 알림: the page lesson 07's own Undertow serves, in Chromium, against the reference")
class ChatRoomPageTest {

    private static String joined(int count) {
        return "새로운 유저 접속 [현재: " + count + "명]";
    }

    private static String left(int count) {
        return "유저 연결 해제 [현재: " + count + "명]";
    }

    /** The counts are exact: start each test with nobody in the room (the last test's windows have left). */
    @BeforeEach
    void emptyRoom(ServedWorkbook serve) {
        Awaitility.await("the reference of lesson 07 has no clients left").atMost(LessonPage.WAIT)
                .pollInterval(Duration.ofMillis(20)).until(() -> serve.slot("07", Side.REFERENCE).openConnections() == 0);
    }

    @Test
    @DisplayName("two windows: each join is counted for everyone, the chat reaches both, a leave is counted")
    void joinChatAndLeave(Windows windows, ServedWorkbook serve) {
        String url = serve.ownPage("07", Side.REFERENCE);
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitReceived(joined(1));
        LessonPage b = LessonPage.open(windows.get(1), "window B", url).awaitReceived(joined(2));
        a.awaitReceived(joined(1), joined(2));

        a.type("name", "민지").send("안녕하세요 👋");
        a.awaitReceived(joined(1), joined(2), "민지: 안녕하세요 👋");
        b.awaitReceived(joined(2), "민지: 안녕하세요 👋");

        b.window().get("about:blank");
        a.awaitReceived(joined(1), joined(2), "민지: 안녕하세요 👋", left(1));
    }

    @Test
    @DisplayName("three windows at once: everyone sees everyone's chat, in order")
    void threeWindows(Windows windows, ServedWorkbook serve) {
        String url = serve.ownPage("07", Side.REFERENCE);
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitReceived(joined(1));
        LessonPage b = LessonPage.open(windows.get(1), "window B", url).awaitReceived(joined(2));
        LessonPage c = LessonPage.open(windows.get(2), "window C", url).awaitReceived(joined(3));

        b.type("name", "B").send("one");
        c.awaitReceived(joined(3), "B: one");
        c.type("name", "C").send("two");
        a.awaitReceived(joined(1), joined(2), joined(3), "B: one", "C: two");
        b.awaitReceived(joined(2), joined(3), "B: one", "C: two");
        c.awaitReceived(joined(3), "B: one", "C: two");
    }

    @Test
    @DisplayName("a name and a message that look like HTML are shown as text and run no script")
    void markupIsShownAsText(Windows windows, ServedWorkbook serve) {
        String url = serve.ownPage("07", Side.REFERENCE);
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitReceived(joined(1));
        LessonPage b = LessonPage.open(windows.get(1), "window B", url).awaitReceived(joined(2));

        a.type("name", XSS).send(XSS);
        a.awaitReceived(joined(1), joined(2), XSS + ": " + XSS).assertNoMarkupRan();
        b.awaitReceived(joined(2), XSS + ": " + XSS).assertNoMarkupRan();
    }
}
