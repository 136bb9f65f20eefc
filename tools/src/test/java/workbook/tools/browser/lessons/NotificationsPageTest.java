package workbook.tools.browser.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.tools.browser.LessonPage.XSS;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.ServedWorkbook;
import workbook.tools.browser.Windows;
import workbook.tools.serve.status.Side;

@ExtendWith(BrowserExtension.class)
@DisplayName("06 주기적 알림 page, in Chromium, against the reference (period 500 ms)")
class NotificationsPageTest {

    private static final String NOTIFICATION = "This is a real-time notification";

    @Test
    @DisplayName("notifications keep arriving, each exactly the notification text")
    void notificationsArrive(Windows windows, ServedWorkbook serve) {
        LessonPage page = LessonPage.open(windows.get(0), "window A", serve.page("06", Side.REFERENCE)).awaitConnected();

        page.awaitAtLeast(3);
        assertThat(page.received()).allMatch(NOTIFICATION::equals);
        assertThat(page.window().findElement(By.id("period")).getText()).contains("0.5초");
    }

    @Test
    @DisplayName("two windows both get them; what a window sends is answered with nothing and shows as text")
    void everyWindowIsNotified(Windows windows, ServedWorkbook serve) {
        String url = serve.page("06", Side.REFERENCE);
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitConnected();
        LessonPage b = LessonPage.open(windows.get(1), "window B", url).awaitConnected();

        a.send(XSS);
        a.awaitAtLeast(2);
        b.awaitAtLeast(2);
        assertThat(a.received()).allMatch(NOTIFICATION::equals);
        assertThat(b.received()).allMatch(NOTIFICATION::equals);
        a.assertNoMarkupRan().awaitConnected();
    }
}
