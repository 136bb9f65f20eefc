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
@DisplayName("04 보낸 사람 빼고 전달 page, in Chromium, against the reference")
class RelayPageTest {

    @Test
    @DisplayName("what one window sends reaches the other two unchanged, and never its sender")
    void everyoneButTheSender(Windows windows, ServedWorkbook serve) {
        String url = serve.page("04", Side.REFERENCE);
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitConnected();
        LessonPage b = LessonPage.open(windows.get(1), "window B", url).awaitConnected();
        LessonPage c = LessonPage.open(windows.get(2), "window C", url).awaitConnected();

        a.send("A 가 보냄");
        b.awaitReceived("A 가 보냄");
        c.awaitReceived("A 가 보냄");
        b.send("from B");
        c.awaitReceived("A 가 보냄", "from B");
        // A's first line is B's: its own message never came back to it.
        a.awaitReceived("from B");
        b.awaitReceived("A 가 보냄");
    }

    @Test
    @DisplayName("a message that looks like HTML is shown as text and runs no script")
    void markupIsShownAsText(Windows windows, ServedWorkbook serve) {
        String url = serve.page("04", Side.REFERENCE);
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitConnected();
        LessonPage b = LessonPage.open(windows.get(1), "window B", url).awaitConnected();

        a.send(XSS);
        b.awaitReceived(XSS).assertNoMarkupRan();
        a.assertNoMarkupRan();
    }
}
