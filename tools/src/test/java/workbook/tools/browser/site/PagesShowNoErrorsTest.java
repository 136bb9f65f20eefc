package workbook.tools.browser.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.ServedWorkbook;
import workbook.tools.browser.Windows;
import workbook.tools.serve.status.Side;

/**
 * Every page in use, as a student first sees it: no script error in the console. A screenshot of each is kept under
 * {@code target/page-screenshots/} for a person to look at.
 */
@ExtendWith(BrowserExtension.class)
@DisplayName("Every page loads, works and logs no error in the browser's console")
class PagesShowNoErrorsTest {

    private static final Path SHOTS = BrowserExtension.TARGET.resolve("page-screenshots");

    @Test
    @DisplayName("the index, whole")
    void index(Windows windows, ServedWorkbook serve) throws IOException {
        WebDriver window = windows.get(0);
        window.get(serve.index());
        LessonPage.waitOn(window).until(d -> !d.findElements(By.cssSelector("#lessons > li")).isEmpty());
        Dimension usual = window.manage().window().getSize();
        try {
            window.manage().window().setSize(new Dimension(usual.getWidth(), 1700));
            keep(window, "00-index");
        } finally {
            window.manage().window().setSize(usual);
        }
    }

    @Test
    @DisplayName("01 echo")
    void echo(Windows windows, ServedWorkbook serve) throws IOException {
        LessonPage.open(windows.get(0), "01", serve.page("01", Side.REFERENCE)).awaitConnected()
                .send("안녕하세요").send("Hello, WebSocket!").awaitAtLeast(2);
        keep(windows.get(0), "01-echo");
    }

    @Test
    @DisplayName("02 welcome")
    void welcome(Windows windows, ServedWorkbook serve) throws IOException {
        LessonPage.open(windows.get(0), "02", serve.page("02", Side.REFERENCE)).awaitConnected()
                .awaitAtLeast(1).send("반가워요").awaitAtLeast(2);
        keep(windows.get(0), "02-welcome");
    }

    @Test
    @DisplayName("02 on the student's side: a stub")
    void welcomeStub(Windows windows, ServedWorkbook serve) throws IOException {
        LessonPage.open(windows.get(0), "02 student", serve.page("02", Side.STUDENT)).awaitState("open");
        keep(windows.get(0), "02-welcome-student-stub");
    }

    @Test
    @DisplayName("03 on the student's side: a compile error")
    void broadcastCompileError(Windows windows, ServedWorkbook serve) throws IOException {
        LessonPage.open(windows.get(0), "03 student", serve.page("03", Side.STUDENT)).awaitState("unavailable");
        keep(windows.get(0), "03-broadcast-student-compile-error");
    }

    @Test
    @DisplayName("03 broadcast, two windows")
    void broadcast(Windows windows, ServedWorkbook serve) throws IOException {
        LessonPage other = LessonPage.open(windows.get(1), "03 B", serve.page("03", Side.REFERENCE)).awaitConnected();
        LessonPage page = LessonPage.open(windows.get(0), "03", serve.page("03", Side.REFERENCE)).awaitConnected();
        page.send("모두 안녕!");
        other.awaitAtLeast(1).send("반가워요 🙌").awaitAtLeast(2);
        page.awaitAtLeast(2);
        keep(windows.get(0), "03-broadcast");
    }

    @Test
    @DisplayName("04 all but the sender, two windows")
    void relay(Windows windows, ServedWorkbook serve) throws IOException {
        LessonPage other = LessonPage.open(windows.get(1), "04 B", serve.page("04", Side.REFERENCE)).awaitConnected();
        LessonPage page = LessonPage.open(windows.get(0), "04", serve.page("04", Side.REFERENCE)).awaitConnected();
        page.send("나는 못 받아요");
        other.awaitAtLeast(1).send("B 가 보낸 글");
        page.awaitAtLeast(1);
        keep(windows.get(0), "04-all-but-sender");
    }

    @Test
    @DisplayName("05 channels")
    void channels(Windows windows, ServedWorkbook serve) throws IOException {
        LessonPage.open(windows.get(0), "05", serve.page("05", Side.REFERENCE)).awaitConnected()
                .click("subscribe").awaitAtLeast(1).send("오늘의 소식").awaitAtLeast(2);
        keep(windows.get(0), "05-channels");
    }

    @Test
    @DisplayName("06 notifications")
    void notifications(Windows windows, ServedWorkbook serve) throws IOException {
        LessonPage.open(windows.get(0), "06", serve.page("06", Side.REFERENCE)).awaitConnected().awaitAtLeast(3);
        keep(windows.get(0), "06-notifications");
    }

    @Test
    @DisplayName("07 chat room, served by the lesson's own Undertow, two windows")
    void chatRoom(Windows windows, ServedWorkbook serve) throws IOException {
        String url = serve.ownPage("07", Side.REFERENCE);
        WebDriver window = windows.get(0);
        LessonPage page = LessonPage.open(window, "07", url).awaitAtLeast(1);
        LessonPage.open(windows.get(1), "07 B", url);
        page.awaitAtLeast(2).type("name", "민지").send("안녕하세요!").awaitAtLeast(3);
        keep(window, "07-static-page");
    }

    @Test
    @DisplayName("08 heartbeat, with a frozen client come and gone")
    void heartbeat(Windows windows, ServedWorkbook serve) throws IOException {
        LessonPage page = LessonPage.open(windows.get(0), "08", serve.page("08", Side.REFERENCE)).awaitConnected().awaitAtLeast(1);
        page.click("add-frozen").awaitAtLeast(3);
        keep(windows.get(0), "08-heartbeat");
    }

    /** Saves the window's screenshot and checks its console: nothing logged as an error since the last look. */
    private static void keep(WebDriver window, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) window).getScreenshotAs(OutputType.BYTES));
        List<LogEntry> errors = window.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("errors in the console of %s (%s)", name, window.getCurrentUrl()).isEmpty();
    }
}
