package workbook.tools.browser;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser window on a lesson page, used the way a student uses it: type, press send, read the list. Texts are
 * read as the DOM holds them ({@code textContent}), so a trailing space or an empty message is seen exactly.
 */
public final class LessonPage {

    /** Every wait in the browser tests: long enough for a busy two-core machine, short enough to fail fast. */
    public static final Duration WAIT = Duration.ofSeconds(5);

    /** The elements a lesson page lists its messages in, one per message. */
    private static final String MESSAGE_LINES = "#messages > *, #notifications > *";

    /** What the issue calls the XSS payload: shown as text, it runs nothing. */
    public static final String XSS = "<img src=x onerror=alert(1)>";

    private final WebDriver window;
    private final String name;

    private LessonPage(WebDriver window, String name) {
        this.window = window;
        this.name = name;
    }

    /**
     * The one way these tests wait on a page: for at most {@link #WAIT}, looking again when the page has just redrawn
     * the element a look read (the index redraws a lesson's card on every status change).
     */
    public static FluentWait<WebDriver> waitOn(WebDriver window) {
        return new WebDriverWait(window, WAIT).ignoring(StaleElementReferenceException.class);
    }

    public static LessonPage open(WebDriver window, String name, String url) {
        window.get(url);
        return new LessonPage(window, name);
    }

    /** The page a window is already on (after following a link). */
    public static LessonPage attach(WebDriver window, String name) {
        return new LessonPage(window, name);
    }

    public WebDriver window() {
        return window;
    }

    /** Waits for the status line to say the page is connected (to a working server or to a stub). */
    public LessonPage awaitConnected() {
        return awaitState("open", "stub");
    }

    public LessonPage awaitState(String... states) {
        List<String> wanted = List.of(states);
        waitOn(window)
                .withMessage(() -> name + ": the status line should reach " + wanted + " but shows "
                        + state() + " \"" + status() + "\"")
                .until(d -> wanted.contains(state()));
        return this;
    }

    public String state() {
        return window.findElement(By.id("status")).getDomAttribute("data-state");
    }

    public String status() {
        return text(window.findElement(By.id("status")));
    }

    public String detail() {
        WebElement detail = window.findElement(By.id("detail"));
        return detail.isDisplayed() ? text(detail) : "";
    }

    /** Types into {@code #message} (or any field) as a person would, then presses send. */
    public LessonPage send(String message) {
        type("message", message);
        window.findElement(By.id("send")).click();
        return this;
    }

    public LessonPage type(String field, String text) {
        WebElement input = window.findElement(By.id(field));
        input.clear();
        if (text.codePoints().allMatch(Character::isBmpCodePoint)) {
            input.sendKeys(text);
        } else {
            // chromedriver types only the Basic Multilingual Plane; an emoji goes in as the value, as a paste would.
            js().executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, text);
        }
        return this;
    }

    public LessonPage click(String id) {
        window.findElement(By.id(id)).click();
        return this;
    }

    /** Every message in {@code #messages}, in order, exactly as text. */
    public List<String> received() {
        List<?> texts = (List<?>) js().executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);", MESSAGE_LINES);
        return texts.stream().map(String::valueOf).toList();
    }

    /** Waits until the list holds exactly these messages, in this order. */
    public LessonPage awaitReceived(String... messages) {
        List<String> wanted = List.of(messages);
        waitOn(window)
                .withMessage(() -> name + ": expected to have received exactly " + quoted(wanted) + " but has "
                        + quoted(received()))
                .until(d -> received().equals(wanted));
        return this;
    }

    /**
     * Waits until the list holds exactly these messages while the element {@code id} shows every one of {@code shown},
     * both read in one look, every 20 ms: a count that the next message changes is seen beside the message that set it.
     */
    public LessonPage awaitReceivedShowing(String id, List<String> shown, String... messages) {
        List<String> wanted = List.of(messages);
        String[] look = new String[1];
        waitOn(window).pollingEvery(Duration.ofMillis(20))
                .withMessage(() -> name + ": expected exactly " + quoted(wanted) + " with #" + id + " showing " + quoted(shown)
                        + " but the last look was " + look[0])
                .until(d -> {
                    List<?> texts = (List<?>) js().executeScript(
                            "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent)"
                                    + ".concat([document.getElementById(arguments[1]).textContent]);", MESSAGE_LINES, id);
                    List<String> read = texts.stream().map(String::valueOf).toList();
                    List<String> lines = read.subList(0, read.size() - 1);
                    String text = read.get(read.size() - 1);
                    look[0] = quoted(lines) + " with #" + id + " \"" + text + "\"";
                    return lines.equals(wanted) && shown.stream().allMatch(text::contains);
                });
        return this;
    }

    /** Waits until the list holds at least {@code count} messages. */
    public LessonPage awaitAtLeast(int count) {
        waitOn(window)
                .withMessage(() -> name + ": expected at least " + count + " messages but has " + quoted(received()))
                .until(d -> received().size() >= count);
        return this;
    }

    /**
     * The page parsed no markup from a message and ran no script: no element made of a message's HTML, no alert.
     */
    public LessonPage assertNoMarkupRan() {
        Long parsed = (Long) js().executeScript(
                "return document.querySelectorAll('#messages img, #messages script, #notifications img, #notifications script').length;");
        if (parsed != 0) {
            throw new AssertionError(name + ": " + parsed + " element(s) were made from a message's text: the page "
                    + "must show messages with textContent, never innerHTML");
        }
        try {
            String text = window.switchTo().alert().getText();
            throw new AssertionError(name + ": a message ran a script, which opened an alert saying \"" + text + "\"");
        } catch (NoAlertPresentException expected) {
            return this;
        }
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) window;
    }

    private static String text(WebElement element) {
        return element.getDomProperty("textContent");
    }

    static String quoted(List<String> texts) {
        return texts.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
