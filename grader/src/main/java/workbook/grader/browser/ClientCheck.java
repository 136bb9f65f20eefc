package workbook.grader.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import workbook.grader.browser.PageRecorder.Look;
import workbook.grader.browser.server.ScriptedServer;
import workbook.grader.core.CheckFailed;
import workbook.grader.core.words.Journal;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;

/**
 * One client check in progress: the learner's script in the shared browser, the servers it talks to, and the
 * journal of what the grader did. Every wait has a bound; every failure is a full report ({@link ClientReport}).
 */
public final class ClientCheck implements AutoCloseable {

    /**
     * How long the page has to connect, to send a frame, or to show something. 2 s once failed a correct page in
     * grade-class (a reply shown later than that, with two workers, two Chromiums and their servers on 2 cores).
     */
    public static final Duration ANSWER = Duration.ofSeconds(3);
    /** How long the grader watches to be sure the page sends nothing more. */
    public static final Duration SILENCE = Duration.ofMillis(300);
    private static final Duration POLL = Duration.ofMillis(15);
    /** How long a check waits for its turn in the shared browser (the client checks of a lesson run one by one). */
    private static final Duration TURN_BOUND = Duration.ofSeconds(10);

    private final ClientFolder client;
    private final Lang lang;
    private final Supplier<SharedBrowser> browsers;
    private final PageServer pageServer;
    private final Journal journal = new Journal();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private ScriptedServer scripted;
    private SharedBrowser browser;
    private Look last;

    ClientCheck(ClientFolder client, Lang lang, Supplier<SharedBrowser> browsers, PageServer pageServer) {
        this.client = client;
        this.lang = lang;
        this.browsers = browsers;
        this.pageServer = pageServer;
    }

    public Lang lang() {
        return lang;
    }

    public ClientFolder client() {
        return client;
    }

    public Journal journal() {
        return journal;
    }

    /** The grader's own server, which records what the page sends; started on first use. */
    public ScriptedServer server() {
        if (scripted == null) {
            try {
                scripted = ScriptedServer.listen();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            opened.add(scripted);
            journal.add("채점기의 WebSocket 서버를 " + scripted.uri() + "에서 시작함 (페이지가 보내는 모든 프레임을 기록함)",
                    "started the grader's own WebSocket server at " + scripted.uri() + " (it records every frame the page sends)");
        }
        return scripted;
    }

    public ScriptedServer scriptedIfStarted() {
        return scripted;
    }

    /** Keeps something the check started (the reference server) to close with the check. */
    public <T extends AutoCloseable> T closeLater(T resource) {
        opened.add(resource);
        return resource;
    }

    /** Opens the learner's page in the browser, told to talk to {@code ws}. */
    public void openPage(URI ws) {
        requireScript();
        String query = "?ws=" + URLEncoder.encode(ws.toString(), StandardCharsets.UTF_8);
        URI page = client.ownsItsPage() ? pageServer.client("index.html") : pageServer.page(client.fixturePage(pageServer.pagesFolder()));
        String shownPage = client.ownsItsPage() ? client.shownRoot() + "/" + client.lesson().folder() + "/front/index.html"
                : "the grader's page with #status, #" + client.listId() + ", #message, #send";
        journal.add("Chromium에서 " + (client.ownsItsPage() ? shownPage + " 페이지" : "채점기의 페이지(#status, #" + client.listId()
                        + ", #message, #send)") + "를 열고 " + client.shownScript() + " 스크립트를 불러옴 (서버 주소: " + ws + ")",
                "opened " + shownPage + " in Chromium, which loads " + client.shownScript() + " (server address: " + ws + ")");
        load(page + query);
    }

    /** Opens a page over HTTP (lesson 07's reference server serving the learner's front folder), as {@link PageServer#HOST}. */
    public void openUrl(String url) {
        requireScript();
        String onPageHost = PageServer.onPageHost(url);
        journal.add("Chromium에서 " + onPageHost + " 주소를 엶", "opened " + onPageHost + " in Chromium");
        load(onPageHost);
    }

    private void load(String url) {
        if (browser == null) {
            SharedBrowser shared = browsers.get();
            try {
                if (!shared.turn().tryAcquire(TURN_BOUND.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the shared browser stayed busy for " + TURN_BOUND.toMillis() + " ms");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            browser = shared;
        }
        browser.driver().get(url);
    }

    private void requireScript() {
        if (!Files.isRegularFile(client.script())) {
            throw ClientReport.failure(this, Msg.of(client.shownScript() + " 파일이 없습니다.", "There is no " + client.shownScript() + "."),
                    Msg.of("브라우저 클라이언트 스크립트", "the browser client's script"), Msg.of("파일 없음", "no such file"),
                    Msg.of("./workbook reset " + client.lesson().id() + " 명령으로 스텁을 되살릴 수 있습니다 (다른 파일도 함께 되돌아갑니다).",
                            "./workbook reset " + client.lesson().id() + " brings the stub back (the lesson's other files too)."));
        }
    }

    public ChromeDriver driver() {
        return browser.driver();
    }

    /** What the page shows now. */
    public Look look() {
        last = Look.of(driver().executeScript(PageRecorder.READ, client.listId()));
        return last;
    }

    /** The last look taken, for reports (null before the page was opened). */
    public Look lastLook() {
        return last;
    }

    /** The page must connect to the grader's server. */
    public void expectConnection(ScriptedServer server) {
        journal.add("페이지가 " + server.uri() + "에 연결하기를 최대 " + ANSWER.toMillis() + " ms 기다림",
                "waited up to " + ANSWER.toMillis() + " ms for the page to connect to " + server.uri());
        long deadline = System.nanoTime() + ANSWER.toNanos();
        try {
            while (!server.awaitConnection(POLL)) {
                failIfNotImplemented();
                if (System.nanoTime() > deadline) {
                    throw ClientReport.failure(this, Msg.of("페이지가 서버에 연결하지 않았습니다.", "The page did not connect to the server."),
                            Msg.of(server.uri() + "에 WebSocket 연결", "a WebSocket connection to " + server.uri()),
                            Msg.of("연결 없음", "no connection"), Hints.connect());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The next frame the page sends must be {@code expected}, within {@link #ANSWER}. */
    public void expectFrame(ScriptedServer server, String expected, Msg hint) {
        expectFrame(server, Msg.of("텍스트 " + Quote.text(expected), "text " + Quote.text(expected)), expected::equals, hint);
    }

    public String expectFrame(ScriptedServer server, Msg wanted, Predicate<String> accept, Msg hint) {
        journal.add("페이지가 보내는 다음 프레임을 최대 " + ANSWER.toMillis() + " ms 기다림",
                "waited up to " + ANSWER.toMillis() + " ms for the next frame the page sends");
        String frame = nextFrame(server, ANSWER);
        if (frame == null) {
            throw ClientReport.failure(this, Msg.of("페이지가 " + ANSWER.toMillis() + " ms 동안 아무것도 보내지 않았습니다.",
                    "The page sent nothing within " + ANSWER.toMillis() + " ms."), wanted, Msg.of("아무것도 오지 않음", "nothing arrived"), hint);
        }
        if (!accept.test(frame)) {
            throw ClientReport.failure(this, Msg.of("페이지가 다른 것을 보냈습니다.", "The page sent something else."), wanted,
                    Msg.same(Quote.text(frame)), hint);
        }
        return frame;
    }

    /** The page sends nothing during {@link #SILENCE}. */
    public void expectNoFrame(ScriptedServer server, Msg why, Msg hint) {
        journal.add(SILENCE.toMillis() + " ms 동안 페이지가 아무것도 보내지 않는지 지켜봄",
                "watched for " + SILENCE.toMillis() + " ms that the page sends nothing");
        String frame = nextFrame(server, SILENCE);
        if (frame != null) {
            throw ClientReport.failure(this, why, Msg.of("보낸 것 없음", "nothing sent"), Msg.same(Quote.text(frame)), hint);
        }
    }

    private String nextFrame(ScriptedServer server, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        try {
            while (true) {
                String frame = server.next(POLL);
                if (frame != null) {
                    return frame;
                }
                failIfNotImplemented();
                if (System.nanoTime() > deadline) {
                    return null;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Waits until the page shows what {@code ok} accepts; otherwise fails with what it showed last. */
    public Look expectPage(Msg step, Msg wanted, Predicate<Look> ok, java.util.function.Function<Look, Msg> got, Msg problem, Msg hint) {
        journal.add(step.plus(Msg.of(" (최대 " + ANSWER.toMillis() + " ms)", " (up to " + ANSWER.toMillis() + " ms)")));
        long deadline = System.nanoTime() + ANSWER.toNanos();
        while (true) {
            Look now = look();
            if (now.notImplemented()) {
                throw notImplemented(now);
            }
            if (ok.test(now)) {
                return now;
            }
            if (System.nanoTime() > deadline) {
                throw ClientReport.failure(this, problem, wanted, got.apply(now), hint);
            }
            pause();
        }
    }

    /** Types into a field as a person would (an emoji goes in as a paste would: chromedriver types only the BMP). */
    public void type(String id, String text) {
        journal.add("#" + id + "에 " + Quote.text(text) + " 입력", "typed " + Quote.text(text) + " into #" + id);
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        if (text.codePoints().allMatch(Character::isBmpCodePoint) && text.chars().noneMatch(c -> c == '\n')) {
            field.sendKeys(text);
        } else {
            driver().executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, text);
        }
    }

    public void click(String id) {
        journal.add("#" + id + " 버튼을 누름", "clicked #" + id);
        driver().findElement(By.id(id)).click();
    }

    public void pressEnter(String id) {
        journal.add("#" + id + "에서 Enter 키를 누름", "pressed Enter in #" + id);
        driver().findElement(By.id(id)).sendKeys(Keys.ENTER);
    }

    public void failIfNotImplemented() {
        if (browser == null) {
            return;
        }
        Look now = look();
        if (now.notImplemented()) {
            throw notImplemented(now);
        }
    }

    /** Fails the check with the full report: problem, steps, expected, got, the page, its frames and errors, hint. */
    public void fail(Msg problem, Msg expected, Msg got, Msg hint) {
        throw ClientReport.failure(this, problem, expected, got, hint);
    }

    private CheckFailed notImplemented(Look now) {
        return ClientReport.failure(this, Msg.of("아직 구현하지 않았습니다: " + client.shownScript() + " 파일이 아직 스텁입니다.",
                        "Not implemented yet: " + client.shownScript() + " is still the stub."),
                Msg.of("레슨의 브라우저 클라이언트", "the lesson's browser client"), Msg.same("#status: " + Quote.text(now.statusText())),
                Msg.of("TODO 주석 아래의 notImplemented(...) 줄을 지우고 그 자리에 코드를 쓰세요. 레슨 글의 브라우저 클라이언트 과제를 따라가세요.",
                        "Replace each notImplemented(...) line under a TODO comment with your code; follow the lesson text's browser client task."));
    }

    private static void pause() {
        java.util.concurrent.locks.LockSupport.parkNanos(POLL.toNanos());
    }

    /** Frees the browser for the next check and stops the servers the check started. */
    @Override
    public void close() {
        if (browser != null) {
            // The next check's page replaces this one (and closes its WebSocket); no blank page in between.
            browser.turn().release();
            browser = null;
        }
        for (AutoCloseable resource : opened) {
            try {
                resource.close();
            } catch (Exception e) {
                // the check has its verdict already; a server that stops badly changes nothing in it
            }
        }
    }
}
