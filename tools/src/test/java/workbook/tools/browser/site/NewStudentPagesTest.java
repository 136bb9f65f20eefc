package workbook.tools.browser.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.Windows;
import workbook.tools.serve.lesson.LessonConsole;
import workbook.tools.serve.ServeRunner;
import workbook.tools.serve.status.Side;
import workbook.tools.serve.StudentFixture;

/**
 * What a new student trips on in serve, in Chromium, with a serve of its own: lesson 07's untouched stub (its page,
 * the way back, reloading), a restart of serve under an open tab, the index following saved files.
 */
@ExtendWith(BrowserExtension.class)
@DisplayName("serve for a new student: lesson 07's stub page, reloading, an index that follows saved files")
class NewStudentPagesTest {

    private static final Path REAL = WorkbookHome.get();
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private ServeRunner serve;

    @AfterEach
    void stopServe() {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    @DisplayName("lesson 07's untouched stub: the card names staticFiles, the frame says so, the stub page is readable, the way back works")
    void lesson07Stub(Windows windows) throws Exception {
        Path home = student();
        serve = start(home, 0);
        WebDriver window = index(windows);

        WebElement card = window.findElement(By.cssSelector("li[data-lesson='07']"));
        assertThat(card.findElement(By.cssSelector(".state-student")).getText())
                .contains("아직 구현하지 않았습니다", "레슨 07: staticFiles를 완성하세요");
        card.findElement(By.cssSelector("a.open-student")).click();
        LessonPage.waitOn(window).withMessage("the frame page should say what is missing")
                .until(d -> d.findElement(By.id("detail")).getText().contains("staticFiles"));
        assertThat(window.getCurrentUrl()).endsWith("/common/own.html?lesson=07&server=student");
        assertThat(window.findElement(By.id("status")).getText()).contains("내 서버: 아직 구현하지 않았습니다");
        assertThat(window.findElement(By.id("reload")).isDisplayed()).isTrue();

        // The stub's own page, opened directly, is readable: its 501 names its charset.
        String direct = window.findElement(By.id("direct")).getDomProperty("href");
        HttpURLConnection get = (HttpURLConnection) URI.create(direct).toURL().openConnection();
        assertThat(get.getResponseCode()).isEqualTo(501);
        assertThat(get.getContentType()).isEqualTo("text/plain; charset=UTF-8");
        get.disconnect();
        window.get(direct);
        assertThat(window.findElement(By.tagName("body")).getText()).startsWith("레슨 07: staticFiles 를 완성하세요");

        window.navigate().back();
        LessonPage.waitOn(window).until(d -> d.findElement(By.id("detail")).isDisplayed());
        window.findElement(By.cssSelector("a.brand")).click();
        LessonPage.waitOn(window).withMessage("the brand link leads back to the lesson list")
                .until(d -> d.findElements(By.cssSelector("#lessons > li")).size() > 0);
    }

    @Test
    @DisplayName("lesson 07: a saved solution shows in the open frame; serve restarted on its port, the same tab works again")
    void lesson07ReloadsAndSurvivesARestart(Windows windows) throws Exception {
        Path home = student();
        serve = start(home, 0);
        int port = serve.port();
        WebDriver window = windows.get(0);
        window.get(serve.address().resolve("/common/own.html?lesson=07&server=student").toString());
        LessonPage.waitOn(window).until(d -> d.findElement(By.id("detail")).getText().contains("staticFiles"));

        copy(REAL.resolve("solutions/07-static-page/ChatRoomServer.java"), home.resolve("lessons/07-static-page/ChatRoomServer.java"));
        awaitChatConnected(window, "after the saved solution");
        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("레슨 07: 저장한 파일 → 내 서버를 다시 시작함: 실행 중");

        serve.close();
        serve = start(home, port);
        awaitChatConnected(window, "after serve started again on port " + port);

        window.findElement(By.id("reload")).click();
        awaitChatConnected(window, "after Reload my code");
        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("레슨 07: 「다시 불러오기」 → 내 서버를 다시 시작함: 실행 중");
    }

    @Test
    @DisplayName("the index follows a saved file without a reload, names the current lesson, and shows a whole file name")
    void indexFollowsSavedFiles(Windows windows) throws Exception {
        Path home = student();
        serve = start(home, 0);
        WebDriver window = index(windows);

        assertThat(window.findElement(By.cssSelector(".footnote")).getText())
                .contains("./workbook check 02", "./workbook hint 02").doesNotContain("check 01");
        WebElement why = window.findElement(By.cssSelector("li[data-lesson='05'] .state-student .why"));
        assertThat(why.getText()).contains("lessons/05-channels/ChannelServer.java:3:");
        Object cut = ((JavascriptExecutor) window).executeScript(
                "return arguments[0].scrollWidth > arguments[0].clientWidth || arguments[0].scrollHeight > arguments[0].clientHeight;", why);
        assertThat(cut).as("the compile error's file name is shown whole").isEqualTo(false);

        copy(REAL.resolve("solutions/03-broadcast/BroadcastServer.java"), home.resolve("lessons/03-broadcast/BroadcastServer.java"));
        LessonPage.waitOn(window).withMessage("lesson 03's card should follow the saved solution")
                .until(d -> "running".equals(d.findElement(By.cssSelector("li[data-lesson='03'] .state-student"))
                        .getDomAttribute("data-state")));
    }

    @Test
    @DisplayName("an empty message shows as a marked bubble, its text still empty")
    void emptyMessageIsMarked(Windows windows) throws Exception {
        serve = start(student(), 0);
        String url = serve.address().resolve("/04-all-but-sender/?server=reference").toString();
        LessonPage a = LessonPage.open(windows.get(0), "window A", url).awaitConnected();
        LessonPage.open(windows.get(1), "window B", url).awaitConnected();
        a.send("");
        WebDriver b = windows.get(1);
        LessonPage.waitOn(b).until(d -> !d.findElements(By.cssSelector("#messages li")).isEmpty());
        WebElement bubble = b.findElement(By.cssSelector("#messages li"));
        assertThat(bubble.getDomAttribute("class")).contains("empty-message");
        assertThat(bubble.getDomProperty("textContent")).isEmpty();
        Object marker = ((JavascriptExecutor) b).executeScript(
                "return getComputedStyle(arguments[0], '::before').content;", bubble);
        assertThat(String.valueOf(marker)).contains("빈 메시지", "empty message");
        WebElement sent = windows.get(0).findElement(By.cssSelector("#sent li"));
        assertThat(sent.getDomAttribute("class")).contains("empty-message");
    }

    private WebDriver index(Windows windows) {
        WebDriver window = windows.get(0);
        window.get(serve.address().toString());
        LessonPage.waitOn(window).until(d -> d.findElements(By.cssSelector("#lessons > li")).size() > 6);
        return window;
    }

    private static void awaitChatConnected(WebDriver window, String when) {
        try {
            new WebDriverWait(window, java.time.Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .withMessage("lesson 07's chat page in the frame, " + when)
                    .until(d -> {
                        d.switchTo().defaultContent();
                        WebElement frame = d.findElement(By.id("page"));
                        if (!frame.isDisplayed()) {
                            return false;
                        }
                        d.switchTo().frame(frame);
                        boolean open = d.findElements(By.cssSelector("#status[data-state='open']")).size() == 1;
                        d.switchTo().defaultContent();
                        return open;
                    });
        } finally {
            window.switchTo().defaultContent();
        }
    }

    private ServeRunner start(Path home, int port) throws InterruptedException {
        return ServeRunner.start(StudentFixture.config(home).withPort(port, false), LessonConsole.NONE,
                new PrintStream(terminal, true, StandardCharsets.UTF_8));
    }

    /**
     * A student who passed lesson 01 (so 02 is current), left lessons 03 and 07 as the untouched stubs and has a
     * compile error in lesson 05.
     */
    private static Path student() throws IOException {
        Path home = Files.createTempDirectory(Files.createDirectories(BrowserExtension.TARGET.resolve("new-student")), "home-");
        Files.createDirectories(home.resolve(".workbook"));
        Files.writeString(home.resolve(".workbook/progress.json"), """
                {"version":1,"lessons":{"01":{"passed":12,"total":12,"passedOnce":true,"checkedAt":"2026-11-22T00:00:00Z","hintsShown":0}}}
                """);
        for (String file : new String[] {"01-echo/EchoServer.java", "03-broadcast/BroadcastServer.java", "07-static-page/ChatRoomServer.java"}) {
            copy(REAL.resolve("lessons").resolve(file), home.resolve("lessons").resolve(file));
        }
        // lesson 07's page with a finished client (the reference's app.js), so a finished server shows a working chat
        try (var front = Files.list(REAL.resolve("solutions/07-static-page/front"))) {
            for (Path file : front.toList()) {
                copy(file, home.resolve("lessons/07-static-page/front").resolve(file.getFileName()));
            }
        }
        Files.createDirectories(home.resolve("lessons/05-channels"));
        Files.writeString(home.resolve("lessons/05-channels/ChannelServer.java"), """
                package workbook.lesson05;
                public class ChannelServer {
                    int broken = ;
                }
                """);
        return home;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
