package workbook.tools.browser.lessons;

import static workbook.tools.browser.LessonPage.XSS;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.ServedWorkbook;
import workbook.tools.browser.Windows;
import workbook.tools.serve.status.Side;

@ExtendWith(BrowserExtension.class)
@DisplayName("02 환영 메시지 page, in Chromium, against the reference")
class WelcomePageTest {

    private static final String WELCOME = "Welcome to the WebSocket server!";

    @Test
    @DisplayName("each window is welcomed once, then hears only its own answers")
    void welcomeThenAnswers(Windows windows, ServedWorkbook serve) {
        String url = serve.page("02", Side.REFERENCE);
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitConnected().awaitReceived(WELCOME);
        LessonPage b = LessonPage.open(windows.get(1), "window B", url).awaitConnected().awaitReceived(WELCOME);

        a.send("안녕하세요");
        a.awaitReceived(WELCOME, "You said: 안녕하세요");
        b.send("hi");
        b.awaitReceived(WELCOME, "You said: hi");
        a.awaitReceived(WELCOME, "You said: 안녕하세요");
    }

    @Test
    @DisplayName("a message that looks like HTML is shown as text and runs no script")
    void markupIsShownAsText(Windows windows, ServedWorkbook serve) {
        LessonPage page = LessonPage.open(windows.get(0), "window A", serve.page("02", Side.REFERENCE))
                .awaitConnected().awaitReceived(WELCOME);

        page.send(XSS);
        page.awaitReceived(WELCOME, "You said: " + XSS).assertNoMarkupRan();
    }
}
