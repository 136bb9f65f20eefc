package workbook.tools.browser.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.ServedWorkbook;
import workbook.tools.browser.Windows;
import workbook.tools.redis.RedisRequired;
import workbook.tools.serve.status.Side;

@ExtendWith(BrowserExtension.class)
@DisplayName("09 서버 여러 대 page, in Chromium, against the reference's two instances")
class SeveralServersPageTest {

    @BeforeEach
    void redisIsHere() {
        RedisRequired.assumeInstalled();
    }

    @Test
    @DisplayName("a message sent from instance A's pane shows up once in both panes, crossing through Redis")
    void aMessageCrossesFromOneInstanceToTheOther(Windows windows, ServedWorkbook serve) throws IOException {
        WebDriver window = windows.get(0);
        window.get(serve.page("09", Side.REFERENCE));
        awaitOpen(window, "a");
        awaitOpen(window, "b");
        assertThat(address(window, "a")).isNotEqualTo(address(window, "b"));

        send(window, "a", "A에서 B로, 안녕");
        awaitLines(window, "b", List.of("Broadcast: A에서 B로, 안녕"));
        awaitLines(window, "a", List.of("Broadcast: A에서 B로, 안녕"));

        send(window, "b", LessonPage.XSS);
        awaitLines(window, "a", List.of("Broadcast: A에서 B로, 안녕", "Broadcast: " + LessonPage.XSS));
        awaitLines(window, "b", List.of("Broadcast: A에서 B로, 안녕", "Broadcast: " + LessonPage.XSS));
        assertThat(window.findElements(By.cssSelector(".messages img"))).as("markup shown as text, never made").isEmpty();
        keep(window, "09-several-servers");
    }

    @Test
    @DisplayName("where the student's instances are not there yet, the page says so and logs no error")
    void missingInstancesAreExplained(Windows windows, ServedWorkbook serve) throws IOException {
        WebDriver window = windows.get(0);
        window.get(serve.page("09", Side.STUDENT));
        LessonPage.waitOn(window).withMessage("the page should say the instances are not running")
                .until(d -> "unavailable".equals(d.findElement(By.id("status")).getDomAttribute("data-state")));
        assertThat(window.findElement(By.id("status")).getText()).contains("인스턴스가 실행 중이 아닙니다", "not running");
        keep(window, "09-several-servers-missing");
    }

    /** Saves a screenshot beside the other pages' and checks the console: nothing logged as an error. */
    private static void keep(WebDriver window, String name) throws IOException {
        Path shots = BrowserExtension.TARGET.resolve("page-screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) window).getScreenshotAs(OutputType.BYTES));
        List<LogEntry> errors = window.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("errors in the console of %s (%s)", name, window.getCurrentUrl()).isEmpty();
    }

    private static void awaitOpen(WebDriver window, String pane) {
        LessonPage.waitOn(window)
                .withMessage(() -> "instance " + pane + "'s pane should connect, but its status says "
                        + window.findElement(By.cssSelector("#instance-" + pane + " .status")).getText()
                        + " / page status: " + window.findElement(By.id("status")).getText())
                .until(d -> "open".equals(d.findElement(By.cssSelector("#instance-" + pane + " .status")).getDomAttribute("data-state")));
    }

    private static String address(WebDriver window, String pane) {
        return window.findElement(By.cssSelector("#instance-" + pane + " .address")).getText();
    }

    private static void send(WebDriver window, String pane, String text) {
        WebElement input = window.findElement(By.id("message-" + pane));
        input.sendKeys(text);
        window.findElement(By.cssSelector("#instance-" + pane + " .send")).click();
    }

    private static void awaitLines(WebDriver window, String pane, List<String> lines) {
        LessonPage.waitOn(window)
                .withMessage(() -> "instance " + pane + "'s pane should show exactly " + lines + " but shows " + lines(window, pane))
                .until(d -> lines(window, pane).equals(lines));
    }

    private static List<String> lines(WebDriver window, String pane) {
        return window.findElements(By.cssSelector("#instance-" + pane + " .messages li")).stream()
                .map(li -> String.valueOf(li.getDomProperty("textContent"))).toList();
    }
}
