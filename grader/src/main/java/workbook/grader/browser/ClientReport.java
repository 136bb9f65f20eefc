package workbook.grader.browser;

import java.util.List;
import java.util.stream.Collectors;
import workbook.grader.browser.PageRecorder.Look;
import workbook.grader.browser.server.ScriptedServer;
import workbook.grader.core.CheckFailed;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.ReportHead;
import workbook.grader.core.words.Quote;

/**
 * A failed client check, told as the server checks tell theirs: the problem, what the grader did step by step,
 * expected and got, then what the page showed, every frame it sent, what its script threw, and a hint.
 */
final class ClientReport {

    private ClientReport() {
    }

    static CheckFailed failure(ClientCheck check, Msg problem, Msg expected, Msg got, Msg hint) {
        return new CheckFailed(render(check, problem, expected, got, withErrorHint(check, hint)));
    }

    /** The page, or the check, ran out of time: see {@link CheckFailed#outOfTime}. */
    static CheckFailed outOfTime(ClientCheck check, Msg problem, Msg expected, Msg got, Msg hint) {
        return CheckFailed.outOfTime(render(check, problem, expected, got, withErrorHint(check, hint)));
    }

    /** A page that threw "Still in CONNECTING state" sent before its socket was open, whatever the check. */
    private static Msg withErrorHint(ClientCheck check, Msg hint) {
        Look look = check.lastLook();
        boolean tooEarly = look != null && look.errors().stream().anyMatch(e -> e.contains("CONNECTING"));
        return tooEarly ? Hints.sentBeforeOpen().plus(Msg.same(" ")).plus(hint) : hint;
    }

    private static String render(ClientCheck check, Msg problem, Msg expected, Msg got, Msg hint) {
        Lang lang = check.lang();
        boolean ko = lang == Lang.KO;
        StringBuilder out = new StringBuilder();
        ReportHead.write(out, lang, problem, check.journal().steps(), expected, got);

        Look look = check.lastLook();
        if (look != null) {
            String list = "#" + check.client().listId();
            out.append('\n').append(ko ? "페이지의 모습:" : "What the page showed:").append('\n');
            out.append("  #status: ").append(look.hasStatus() ? "data-state=" + Quote.text(look.state()) + " "
                    + Quote.text(look.statusText()) : (ko ? "(없음)" : "(missing)")).append('\n');
            out.append("  ").append(list).append(": ").append(look.hasList() ? quoted(look.lines()) : (ko ? "(없음)" : "(missing)")).append('\n');
        }
        ScriptedServer server = check.scriptedIfStarted();
        if (server != null) {
            out.append('\n').append(ko ? "페이지가 보낸 모든 프레임: " : "Every frame the page sent: ")
                    .append(quoted(server.everythingReceived())).append('\n');
        }
        if (look != null && !look.errors().isEmpty()) {
            out.append('\n').append(ko ? "페이지의 스크립트가 던진 오류:" : "Errors the page's script threw:").append('\n');
            look.errors().stream().limit(5).forEach(e -> out.append("  ").append(e).append('\n'));
        }
        if (!hint.in(lang).isEmpty()) {
            out.append('\n').append(ko ? "힌트: " : "Hint: ").append(hint.in(lang)).append('\n');
        }
        return out.toString();
    }

    private static String quoted(List<String> texts) {
        return texts.isEmpty() ? "(-)" : texts.stream().map(Quote::text).collect(Collectors.joining(", "));
    }
}
