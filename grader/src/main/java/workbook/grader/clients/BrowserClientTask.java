package workbook.grader.clients;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.grader.browser.ClientCheck;
import workbook.grader.browser.ClientCheckExtension;
import workbook.grader.browser.Hints;
import workbook.grader.browser.PageRecorder.Look;
import workbook.grader.browser.server.ReferenceServer;
import workbook.grader.browser.server.ScriptedServer;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.wire.RefusingPort;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;

/**
 * The browser client task of a lesson: the learner's script in Chromium, against the grader's own scripted server
 * and against the reference server. A lesson's checks class nests a subclass of one of this class's subclasses,
 * tagged with its task number. The checks share one browser, so they run one after another, beside the server checks.
 * What every client of the contract does is checked here: it reports a closed connection and a refused one.
 * <p>
 * Every wait on the page has its own bound ({@link ClientCheck#ANSWER}, and the browser's page-load and script
 * bounds), and a page that stops answering fails at the first of them. A check makes many such waits one after
 * another (lesson 07's sends six lines and waits for each), so its whole limit is larger than a server check's: under a
 * CPU quota of 0.7 cores a correct page ran out of the 5 s it had then, and was reported as a script that never ends.
 */
@ExtendWith(ClientCheckExtension.class)
@Execution(ExecutionMode.SAME_THREAD)
@Timeout(value = 15, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public abstract class BrowserClientTask {

    /** Texts the grader's server sends to see them shown exactly: Korean, emoji, spaces, markup that would run. */
    static final String MARKUP = "<img src=x onerror=window.__workbook.markupRan++>";
    static final List<String> SAMPLES = List.of("안녕하세요", "이모지 👋🎉", "  앞뒤 공백 · spaces  ", MARKUP, "<b>&amp;</b>");

    @Test
    @DisplayName("서버가 연결을 닫으면 #status가 closed가 된다 / When the server closes the connection, #status says closed")
    public void closedWhenServerCloses(ClientCheck check) {
        ScriptedServer server = connect(check);
        expectOpen(check);
        check.journal().add("채점기의 서버가 페이지의 연결을 닫음 (close 프레임, 코드 1001)",
                "the grader's server closed the page's connection (a close frame, code 1001)");
        int statesBefore = check.look().states().size();
        server.closeConnection();
        check.expectPage(Msg.of("#status의 data-state 값이 'closed'가 되기를 기다림", "waited for #status's data-state to become 'closed'"),
                Msg.same("data-state=\"closed\""), look -> "closed".equals(look.state()) || statesSince(look, statesBefore).contains("closed"),
                BrowserClientTask::stateGot,
                Msg.of("서버가 연결을 닫았는데 페이지는 그것을 알리지 않았습니다.", "The server closed the connection, but the page does not say so."),
                Hints.onclose());
        expectStaysClosed(check, statesBefore);
    }

    /**
     * A page that reconnects at once leaves 'closed' before anyone could read it, and floods the server that closed
     * it. The page's own record of its states says whether it left 'closed', however late the grader looks.
     */
    private static void expectStaysClosed(ClientCheck check, int statesBefore) {
        check.journal().add(ClientCheck.SILENCE.toMillis() + " ms 뒤에 #status가 그동안 'closed'로 남았는지 봄",
                "looked after " + ClientCheck.SILENCE.toMillis() + " ms whether #status stayed 'closed' meanwhile");
        Look later = Awaitility.await().pollDelay(ClientCheck.SILENCE).atMost(ClientCheck.SILENCE.plus(ClientCheck.ANSWER))
                .until(check::look, look -> true);
        List<String> since = statesSince(later, statesBefore);
        List<String> afterClosed = since.subList(Math.max(0, since.indexOf("closed")), since.size());
        if (!"closed".equals(later.state()) || afterClosed.stream().anyMatch(state -> !"closed".equals(state))) {
            check.fail(Msg.of("페이지가 'closed'를 보이더니 곧바로 다시 연결했습니다.", "The page showed 'closed', then connected again at once."),
                    Msg.of(ClientCheck.SILENCE.toMillis() + " ms 동안 data-state=\"closed\"", "data-state=\"closed\" for " + ClientCheck.SILENCE.toMillis() + " ms"),
                    stateGot(later), Hints.reconnectsAtOnce());
        }
    }

    /** The states #status went through after the first {@code statesBefore} of them. */
    private static List<String> statesSince(Look look, int statesBefore) {
        List<String> states = look.states();
        return states.subList(Math.min(statesBefore, states.size()), states.size());
    }

    @Test
    @DisplayName("서버에 연결할 수 없으면 #status가 error가 된다 / When the server cannot be reached, #status says error")
    public void errorWhenRefused(ClientCheck check) {
        try (RefusingPort refusing = RefusingPort.take()) {
            URI nowhere = URI.create("ws://127.0.0.1:" + refusing.port());
            check.journal().add("아무도 듣지 않는 주소를 고름: " + nowhere, "picked an address where nothing listens: " + nowhere);
            check.openPage(nowhere);
            Look look = check.expectPage(Msg.of("#status의 data-state 값이 'error'가 되기를 기다림", "waited for #status's data-state to become 'error'"),
                    Msg.same("data-state=\"error\""), l -> l.wentThrough("error"), BrowserClientTask::stateGot,
                    Msg.of("서버에 연결할 수 없었는데 페이지는 오류를 알리지 않았습니다.", "The server could not be reached, but the page does not say so."),
                    Hints.onerror());
            if (look.wentThrough("open")) {
                check.fail(Msg.of("연결이 열린 적이 없는데 페이지가 'open'을 보였습니다.", "The page showed 'open' for a connection that never opened."),
                        Msg.of("'open' 없이 'error'", "'error', never 'open'"), Msg.same("data-state: " + look.states()), Hints.onerror());
            }
        }
    }

    /** Opens the page on the grader's server and waits until it connects. */
    static ScriptedServer connect(ClientCheck check) {
        ScriptedServer server = check.server();
        check.openPage(server.uri());
        check.expectConnection(server);
        return server;
    }

    /** Starts the lesson's reference server (its port-only constructor) and opens the page on it. */
    static void openOnReference(ClientCheck check) {
        InProcessServer reference = check.closeLater(ReferenceServer.start(check.client().lesson(), ServerRecipe.PORT_ONLY));
        check.journal().add("참고 답안 서버를 " + reference.webSocketUri() + "에서 시작함", "started the reference server at " + reference.webSocketUri());
        check.openPage(reference.webSocketUri());
    }

    static void expectOpen(ClientCheck check) {
        check.expectPage(Msg.of("#status의 data-state 값이 'open'이 되기를 기다림", "waited for #status's data-state to become 'open'"),
                Msg.same("data-state=\"open\""), look -> "open".equals(look.state()), BrowserClientTask::stateGot,
                Msg.of("연결이 열렸는데 #status가 그것을 알리지 않습니다.", "The connection is open, but #status does not say so."),
                Hints.onopen());
    }

    /** Once #status shows the connection open, types {@code message} into #message and clicks #send. */
    static void typeAndSend(ClientCheck check, String message) {
        typeAndSend(check, null, message);
    }

    /** The same on a page that also asks for a name: types {@code name} (unless null) into #name first. */
    static void typeAndSend(ClientCheck check, String name, String message) {
        expectOpen(check);
        if (name != null) {
            check.type("name", name);
        }
        check.type("message", message);
        check.click("send");
    }

    /** The grader's server sends each text; the page must then show exactly {@code shown}, as text. */
    static void sendAndExpectShown(ClientCheck check, ScriptedServer server, List<String> sent, List<String> shown) {
        for (String text : sent) {
            check.journal().add("채점기의 서버가 " + Quote.text(text) + " 텍스트를 보냄", "the grader's server sent " + Quote.text(text));
            server.send(text);
        }
        expectShown(check, shown);
    }

    /** The list shows exactly {@code shown}, in order, each as text; no element was made of a message's markup. */
    static void expectShown(ClientCheck check, List<String> shown) {
        String list = "#" + check.client().listId();
        Look look = check.expectPage(Msg.of(list + " 목록이 받은 글을 그대로 보여 주기를 기다림", "waited for " + list + " to show what was received, exactly"),
                Msg.same(quoted(shown)), l -> l.lines().equals(shown) || l.madeElements() > 0 || l.markupRan() > 0,
                l -> Msg.same(quoted(l.lines())),
                Msg.of("페이지가 받은 메시지를 그대로 보여 주지 않습니다.", "The page does not show the messages it received exactly."),
                Hints.showEveryMessage());
        if (look.madeElements() > 0 || look.markupRan() > 0) {
            check.fail(Msg.of("메시지의 마크업이 페이지의 요소가 되었습니다" + (look.markupRan() > 0 ? " (그 안의 스크립트도 실행됨)." : "."),
                            "A message's markup became an element of the page" + (look.markupRan() > 0 ? " (and its script ran)." : ".")),
                    Msg.of("글자 그대로: " + Quote.text(MARKUP), "the characters as they are: " + Quote.text(MARKUP)),
                    Msg.of(list + " 안에 요소 " + look.madeElements() + "개 (img, b, …), 실행된 onerror " + look.markupRan() + "번",
                            look.madeElements() + " element(s) (img, b, …) inside " + list + ", onerror ran " + look.markupRan() + " time(s)"),
                    Hints.textContent());
        }
    }

    static Msg stateGot(Look look) {
        return Msg.same("data-state=" + Quote.text(look.state()) + " " + Quote.text(look.statusText())
                + (look.states().isEmpty() ? "" : " (" + look.states() + ")"));
    }

    static String quoted(List<String> texts) {
        return texts.isEmpty() ? "(-)" : String.join(", ", texts.stream().map(Quote::text).toList());
    }

    /** Every number in a text ("현재 3명 · 3 here" has 3 and 3). */
    static List<Integer> numbers(String text) {
        Matcher m = Pattern.compile("\\d+").matcher(text == null ? "" : text);
        List<Integer> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(Integer.parseInt(m.group()));
        }
        return found;
    }
}
