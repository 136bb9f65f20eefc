package workbook.tools.browser.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.ServedWorkbook;
import workbook.tools.browser.Windows;
import workbook.tools.serve.status.Side;

/** Every lesson page gets the same chrome from web/common/shell.js: the page file itself holds none of it. */
@ExtendWith(BrowserExtension.class)
@DisplayName("Every lesson page is built in the one shell")
class LessonPageShellTest {

    static Stream<Lesson> lessonsWithAPage() {
        return Lessons.all().stream()
                .filter(l -> Files.isRegularFile(WorkbookHome.get().resolve("web").resolve(l.folder()).resolve("index.html")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonsWithAPage")
    @DisplayName("the page shows the top bar, its lesson's title from lessons.yaml, and the status bar on its card")
    void pageIsInTheShell(Lesson lesson, Windows windows, ServedWorkbook serve) {
        WebDriver window = windows.get(0);
        window.get(serve.page(lesson.id(), Side.REFERENCE));
        awaitShell(window);

        assertThat(window.getTitle()).isEqualTo(lesson.id() + " " + lesson.title().ko() + " · " + lesson.title().en()
                + " — WebSocket 워크북");
        assertThat(window.findElement(By.cssSelector("main .intro .kicker")).getText()).contains("레슨 " + lesson.id());
        assertThat(window.findElement(By.cssSelector("main .intro h1")).getText())
                .contains(lesson.title().ko(), lesson.title().en());
        assertThat(window.findElements(By.cssSelector("body > header.topbar a.brand[href='/']"))).hasSize(1);
        assertThat(window.findElements(By.cssSelector("#server-student, #server-reference"))).hasSize(2);
        assertThat(window.findElements(By.cssSelector("main .card > #statusbar #status"))).hasSize(1);
        assertThat(window.findElements(By.cssSelector("#statusbar #reload"))).hasSize(1);
        boolean clientTask = Files.isRegularFile(WorkbookHome.get().resolve("lessons").resolve(lesson.folder()).resolve("client.js"));
        assertThat(window.findElements(By.cssSelector(".client-switch #client-student"))).as("the client switch")
                .hasSize(clientTask ? 1 : 0);
        assertThat(window.findElement(By.tagName("body")).getDomAttribute("data-lesson")).isEqualTo(lesson.id());
    }

    /** The card's and the tips' standard markup, which shell.js writes: a page that writes it again has grown its own. */
    static final List<String> CARD_MARKUP = List.of("<section class=\"card\"", "<section class=\"intro\"", "class=\"panes\"",
            "<h2>받은 메시지", "<label for=\"message\"", "class=\"field\"", "보내기 <span class=\"en\">Send</span>",
            "<aside class=\"tips\"", "<h2>해 보세요", "./workbook check", "위의 두 번째 스위치로");

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessonsWithAPage")
    @DisplayName("the page file declares only its own parts; the shell builds its card, panes, forms and tips")
    void cardIsBuiltByTheShell(Lesson lesson, Windows windows, ServedWorkbook serve) throws IOException {
        Path file = WorkbookHome.get().resolve("web").resolve(lesson.folder()).resolve("index.html");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(CARD_MARKUP).as("markup the shell writes, written again by hand in %s", file).noneMatch(html::contains);

        WebDriver window = windows.get(0);
        window.get(serve.page(lesson.id(), Side.REFERENCE));
        awaitShell(window);
        assertThat(window.findElements(By.cssSelector("main > section.intro + section.card + aside.tips"))).hasSize(1);
        assertThat(window.findElements(By.cssSelector("[data-pane], [data-label], ul.tips"))).as("declarations left unread").isEmpty();
        List<WebElement> panes = window.findElements(By.cssSelector("main .card > .panes > .pane"));
        assertThat(panes).isNotEmpty().allSatisfy(pane -> assertThat(pane.findElements(By.cssSelector("h2"))).isNotEmpty());
        assertThat(window.findElements(By.cssSelector(".pane > h2 ~ ol.messages"))).as("each list under its heading").isNotEmpty();
        for (WebElement form : window.findElements(By.cssSelector("main .card form"))) {
            WebElement input = form.findElement(By.cssSelector(".field > label + input[type='text']"));
            assertThat(form.getDomAttribute("class")).contains("composer");
            assertThat(form.getDomAttribute("autocomplete")).isEqualTo("off");
            assertThat(form.findElement(By.cssSelector(".field > label")).getDomAttribute("for")).isEqualTo(input.getDomAttribute("id"));
            assertThat(form.findElement(By.cssSelector("button[type='submit']")).getText()).contains("보내기", "Send");
        }
        List<WebElement> tips = window.findElements(By.cssSelector("aside.tips > ul > li"));
        assertThat(window.findElement(By.cssSelector("aside.tips > h2")).getText()).isEqualTo("해 보세요 · Try this");
        assertThat(tips.get(tips.size() - 1).getText()).contains("채점: ./workbook check " + lesson.id());
        boolean clientTask = Files.isRegularFile(WorkbookHome.get().resolve("lessons").resolve(lesson.folder()).resolve("client.js"));
        assertThat(tips).as("the tip about the client switch").filteredOn(tip -> tip.getText().contains("client.js"))
                .hasSize(clientTask ? 1 : 0);
    }

    @Test
    @DisplayName("serve's frame around lesson 07's own page has the same top bar and status bar, and its own link in it")
    void ownPageFrame(Windows windows, ServedWorkbook serve) {
        WebDriver window = windows.get(0);
        window.get(java.net.URI.create(serve.index()).resolve("/common/own.html?lesson=07&server=reference").toString());
        awaitShell(window);
        assertThat(window.findElements(By.cssSelector("body > header.topbar #server-student"))).hasSize(1);
        assertThat(window.findElements(By.cssSelector("main > #statusbar .status-actions #direct"))).hasSize(1);
        assertThat(window.getTitle()).endsWith(" — WebSocket 워크북");
    }

    private static void awaitShell(WebDriver window) {
        LessonPage.waitOn(window).withMessage("shell.js should build the page's chrome")
                .until(d -> "built".equals(d.findElement(By.tagName("body")).getDomAttribute("data-shell")));
    }
}
