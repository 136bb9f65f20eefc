package workbook.tools.browser.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.ServedWorkbook;
import workbook.tools.browser.Windows;
import workbook.tools.serve.status.Side;

@ExtendWith(BrowserExtension.class)
@DisplayName("08 하트비트 page, in Chromium, against the reference (interval 500 ms)")
class HeartbeatPageTest {

    /** The counts are exact: start each test with nobody connected to the reference of lesson 08. */
    @BeforeEach
    void emptyRoom(ServedWorkbook serve) {
        Awaitility.await("the reference of lesson 08 has no clients left").atMost(LessonPage.WAIT)
                .pollInterval(Duration.ofMillis(20)).until(() -> serve.slot("08", Side.REFERENCE).openConnections() == 0);
    }

    @Test
    @DisplayName("a frozen client held by serve puts the count up, and a heartbeat later down again; the window, which answers pings, stays")
    void aFrozenClientComesAndIsCutOff(Windows windows, ServedWorkbook serve) {
        LessonPage page = LessonPage.open(windows.get(0), "window A", serve.page("08", Side.REFERENCE))
                .awaitReceived("새로운 유저 접속 [현재: 1명]");
        WebDriver window = page.window();
        assertThat(window.findElement(By.id("interval")).getText()).contains("0.5초");

        page.click("add-frozen");
        // the frozen client is cut off 0.5 to 1 s after it joins: the count is read in the same look as the join line
        page.awaitReceivedShowing("count", List.of("2명", "2 here"), "새로운 유저 접속 [현재: 1명]", "새로운 유저 접속 [현재: 2명]");

        page.awaitReceived("새로운 유저 접속 [현재: 1명]", "새로운 유저 접속 [현재: 2명]", "유저 연결 해제 [현재: 1명]");
        assertThat(window.findElement(By.id("count")).getText()).contains("1명", "1 here");
        Awaitility.await("serve says its frozen client is gone").atMost(LessonPage.WAIT)
                .until(() -> window.findElement(By.id("frozen")).getText().equals("0"));
        page.awaitConnected();
        assertThat(serve.slot("08", Side.REFERENCE).openConnections()).as("the window is still connected").isEqualTo(1);
    }
}
