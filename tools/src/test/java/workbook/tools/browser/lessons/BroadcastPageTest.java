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
@DisplayName("03 브로드캐스트 page, in Chromium, against the reference")
class BroadcastPageTest {

    @Test
    @DisplayName("what any of three windows sends reaches all three, the sender included")
    void everyWindowHearsEveryone(Windows windows, ServedWorkbook serve) {
        String url = serve.page("03", Side.REFERENCE);
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitConnected();
        LessonPage b = LessonPage.open(windows.get(1), "window B", url).awaitConnected();
        LessonPage c = LessonPage.open(windows.get(2), "window C", url).awaitConnected();

        a.send("안녕하세요 모두");
        for (LessonPage page : new LessonPage[] {a, b, c}) {
            page.awaitReceived("Broadcast: 안녕하세요 모두");
        }
        c.send("hi from C");
        for (LessonPage page : new LessonPage[] {a, b, c}) {
            page.awaitReceived("Broadcast: 안녕하세요 모두", "Broadcast: hi from C");
        }
    }

    @Test
    @DisplayName("a message that looks like HTML is shown as text in every window and runs no script")
    void markupIsShownAsText(Windows windows, ServedWorkbook serve) {
        String url = serve.page("03", Side.REFERENCE);
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitConnected();
        LessonPage b = LessonPage.open(windows.get(1), "window B", url).awaitConnected();

        a.send(XSS);
        a.awaitReceived("Broadcast: " + XSS).assertNoMarkupRan();
        b.awaitReceived("Broadcast: " + XSS).assertNoMarkupRan();
    }
}
