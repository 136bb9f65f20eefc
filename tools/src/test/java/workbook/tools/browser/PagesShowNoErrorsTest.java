package workbook.tools.browser;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import workbook.tools.serve.Side;

/**
 * Every page in use, as a student first sees it: no script error in the console. A screenshot of each is kept under
 * {@code target/page-screenshots/} for a person to look at.
 */
@ExtendWith(BrowserExtension.class)
@DisplayName("Every page loads, works and logs no error in the browser's console")
class PagesShowNoErrorsTest {

    private static final Path SHOTS = BrowserExtension.TARGET.resolve("page-screenshots");

    @Test
    @DisplayName("the index")
    void index(Windows windows, ServedWorkbook serve) throws IOException {
        WebDriver window = windows.get(0);
        window.get(serve.index());
        new WebDriverWait(window, LessonPage.WAIT).until(d -> !d.findElements(By.cssSelector("#lessons > li")).isEmpty());
        keep(window, "00-index");
    }

    @Test
    @DisplayName("01 to 06 with the reference, and 02 with a stub and 03 with a compile error on the student's side")
    void lessonPages(Windows windows, ServedWorkbook serve) throws IOException {
        WebDriver window = windows.get(0);
        LessonPage page = LessonPage.open(window, "01", serve.page("01", Side.REFERENCE)).awaitConnected();
        page.send("안녕하세요").send("Hello, WebSocket!").awaitAtLeast(2);
        keep(window, "01-echo");

        page = LessonPage.open(window, "02", serve.page("02", Side.REFERENCE)).awaitConnected();
        page.send("반가워요").awaitAtLeast(2);
        keep(window, "02-welcome");

        page = LessonPage.open(window, "02 student", serve.page("02", Side.STUDENT)).awaitState("stub");
        keep(window, "02-welcome-student-stub");

        page = LessonPage.open(window, "03 student", serve.page("03", Side.STUDENT)).awaitState("unavailable");
        keep(window, "03-broadcast-student-compile-error");

        LessonPage other = LessonPage.open(windows.get(1), "03 B", serve.page("03", Side.REFERENCE)).awaitConnected();
        page = LessonPage.open(window, "03", serve.page("03", Side.REFERENCE)).awaitConnected();
        page.send("모두 안녕!");
        other.send("반가워요 🙌").awaitAtLeast(2);
        page.awaitAtLeast(2);
        keep(window, "03-broadcast");

        other = LessonPage.open(windows.get(1), "04 B", serve.page("04", Side.REFERENCE)).awaitConnected();
        page = LessonPage.open(window, "04", serve.page("04", Side.REFERENCE)).awaitConnected();
        page.send("나는 못 받아요");
        other.send("B 가 보낸 글");
        page.awaitAtLeast(1);
        keep(window, "04-all-but-sender");

        page = LessonPage.open(window, "05", serve.page("05", Side.REFERENCE)).awaitConnected();
        page.click("subscribe").awaitAtLeast(1).send("오늘의 소식").awaitAtLeast(2);
        keep(window, "05-channels");

        page = LessonPage.open(window, "06", serve.page("06", Side.REFERENCE)).awaitConnected().awaitAtLeast(3);
        keep(window, "06-notifications");
    }

    @Test
    @DisplayName("07, served by the lesson's own Undertow")
    void chatRoom(Windows windows, ServedWorkbook serve) throws IOException {
        String url = serve.ownPage("07", Side.REFERENCE);
        WebDriver window = windows.get(0);
        LessonPage page = LessonPage.open(window, "07", url).awaitAtLeast(1);
        LessonPage.open(windows.get(1), "07 B", url);
        page.awaitAtLeast(2).type("name", "민지").send("안녕하세요!").awaitAtLeast(3);
        keep(window, "07-static-page");
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
