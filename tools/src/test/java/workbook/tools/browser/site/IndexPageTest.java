package workbook.tools.browser.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.ServedWorkbook;
import workbook.tools.browser.Windows;
import workbook.tools.serve.status.ServerStatus;
import workbook.tools.serve.status.Side;
import workbook.tools.serve.status.StatusDocument;

@ExtendWith(BrowserExtension.class)
@DisplayName("The index page of ./workbook serve, in Chromium")
class IndexPageTest {

    /** What serve makes of each lesson of the student fixture. */
    private static final Map<String, String> STUDENT_STATES = Map.of("01", "running", "02", "not-implemented",
            "03", "compile-error", "04", "failed", "05", "missing", "06", "not-implemented", "07", "missing",
            "08", "missing", "09", "missing");

    @Test
    @DisplayName("lists every lesson in order, with its titles and whether the student's server is implemented yet")
    void listsTheLessonsInOrder(Windows windows, ServedWorkbook serve) {
        WebDriver window = openIndex(windows, serve);

        List<WebElement> cards = window.findElements(By.cssSelector("#lessons > li"));
        assertThat(cards).extracting(c -> c.getDomAttribute("data-lesson"))
                .containsExactlyElementsOf(Lessons.all().stream().map(Lesson::id).toList());
        for (int i = 0; i < cards.size(); i++) {
            Lesson lesson = Lessons.all().get(i);
            WebElement card = cards.get(i);
            assertThat(card.findElement(By.cssSelector(".title")).getText())
                    .contains(lesson.title().ko(), lesson.title().en());
            assertThat(card.findElement(By.cssSelector(".state-student")).getDomAttribute("data-state"))
                    .as("lesson %s, the student's server", lesson.id()).isEqualTo(STUDENT_STATES.get(lesson.id()));
        }
        WebElement stub = window.findElement(By.cssSelector("li[data-lesson='02'] .state-student"));
        assertThat(stub.getText()).contains("아직 구현하지 않았습니다", "not implemented yet");
        WebElement broken = window.findElement(By.cssSelector("li[data-lesson='03'] .state-student"));
        assertThat(broken.getText()).contains("컴파일 오류", "compile error", "lessons/03-broadcast/BroadcastServer.java:3:");
    }

    @Test
    @DisplayName("shows the last grade ./workbook check left, where there is one")
    void showsTheLastGrade(Windows windows, ServedWorkbook serve) {
        WebDriver window = openIndex(windows, serve);

        assertThat(window.findElement(By.cssSelector("li[data-lesson='01'] .grade")).getText())
                .contains("채점 12/12 통과", "12 of 12 checks passed");
        assertThat(window.findElement(By.cssSelector("li[data-lesson='02'] .grade")).getText())
                .contains("채점 0/9 통과", "0 of 9 checks passed");
        assertThat(window.findElements(By.cssSelector("li[data-lesson='03'] .grade"))).as("never checked").isEmpty();
    }

    @Test
    @DisplayName("links each lesson's page, with the student's server and with the reference")
    void linksEveryPage(Windows windows, ServedWorkbook serve) {
        WebDriver window = openIndex(windows, serve);

        for (StatusDocument.Entry lesson : serve.status().lessons()) {
            WebElement card = window.findElement(By.cssSelector("li[data-lesson='" + lesson.id() + "']"));
            if (lesson.page() != null) {
                assertThat(card.findElement(By.cssSelector("a.open-student")).getDomProperty("href"))
                        .endsWith("/" + lesson.folder() + "/?server=student");
                assertThat(card.findElement(By.cssSelector("a.open-reference")).getDomProperty("href"))
                        .endsWith("/" + lesson.folder() + "/?server=reference");
            } else if (lesson.reference().http() != null) {
                assertThat(card.findElement(By.cssSelector("a.open-reference")).getDomProperty("href"))
                        .as("lesson %s serves its page itself, in serve's frame", lesson.id())
                        .endsWith("/common/own.html?lesson=" + lesson.id() + "&server=reference");
            } else {
                assertThat(card.getText()).as("lesson %s has no page yet", lesson.id()).contains("Not available yet");
            }
        }
    }

    @Test
    @DisplayName("a lesson's reference link opens its page, connected to the reference")
    void referenceLinkOpensThePage(Windows windows, ServedWorkbook serve) {
        WebDriver window = openIndex(windows, serve);

        window.findElement(By.cssSelector("li[data-lesson='01'] a.open-reference")).click();
        LessonPage page = LessonPage.attach(window, "window A").awaitConnected();
        assertThat(window.getCurrentUrl()).endsWith("/01-echo/?server=reference");
        assertThat(page.detail()).contains("참고 답안 서버", "The reference server", "내 클라이언트", "your client");
    }

    @Test
    @DisplayName("the student's side of lesson 07 is not there yet, and the card says so")
    void cardOfALessonNotThereYet(Windows windows, ServedWorkbook serve) {
        WebDriver window = openIndex(windows, serve);

        ServerStatus student = serve.lesson("07").server(Side.STUDENT);
        WebElement state = window.findElement(By.cssSelector("li[data-lesson='07'] .state-student"));
        assertThat(state.getText()).contains(student.label().ko(), student.label().en());
    }

    private static WebDriver openIndex(Windows windows, ServedWorkbook serve) {
        WebDriver window = windows.get(0);
        window.get(serve.index());
        LessonPage.waitOn(window).withMessage("the index should list " + Lessons.all().size() + " lessons")
                .until(d -> d.findElements(By.cssSelector("#lessons > li")).size() == Lessons.all().size());
        return window;
    }
}
