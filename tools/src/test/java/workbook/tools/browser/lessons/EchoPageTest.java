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
@DisplayName("01 에코 서버 page, in Chromium, against the reference")
class EchoPageTest {

    /** The reference client says hello as soon as it connects, as the tutorial's page does. */
    private static final String HELLO = "Server received: Hello Server!";

    @Test
    @DisplayName("what one window sends comes back to it alone, with the prefix")
    void echoesToTheSenderAlone(Windows windows, ServedWorkbook serve) {
        String url = serve.page("01", Side.REFERENCE);
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitConnected();
        LessonPage b = LessonPage.open(windows.get(1), "window B", url).awaitConnected();

        a.send("hello");
        a.awaitReceived(HELLO, "Server received: hello");
        b.send("from b");
        b.awaitReceived(HELLO, "Server received: from b");
        a.awaitReceived(HELLO, "Server received: hello");
    }

    @Test
    @DisplayName("Korean, emoji and the empty message come back intact")
    void textComesBackIntact(Windows windows, ServedWorkbook serve) {
        LessonPage page = LessonPage.open(windows.get(0), "window A", serve.page("01", Side.REFERENCE)).awaitConnected();

        page.send("안녕하세요");
        page.send("이모지 👋🎉");
        page.send("");
        page.awaitReceived(HELLO, "Server received: 안녕하세요", "Server received: 이모지 👋🎉", "Server received: ");
    }

    @Test
    @DisplayName("a message that looks like HTML is shown as text and runs no script")
    void markupIsShownAsText(Windows windows, ServedWorkbook serve) {
        LessonPage page = LessonPage.open(windows.get(0), "window A", serve.page("01", Side.REFERENCE)).awaitConnected();

        page.send(XSS);
        page.awaitReceived(HELLO, "Server received: " + XSS).assertNoMarkupRan();
    }
}
