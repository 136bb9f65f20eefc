package workbook.grader.lessons.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;

/**
 * The "Text" rule of CONTRACT.md, for every lesson that relays text: what a client sends arrives byte for byte. When a
 * frame differs, the report names the usual ways a server spoils text (trim, HTML escaping, re-casing), because
 * "received a different text" alone hides a missing space at the end of a line.
 */
public final class ExactText {

    /** Texts that a tidy-minded server changes: white space at the ends, quotes, markup, mixed case, emoji. */
    public static final List<String> SAMPLES = List.of(
            "  two spaces before and after  ",
            "\ttabs\tat both ends\t",
            "\nline breaks: LF, then CR LF\r\n",
            "\"double\" and 'single' quotes, a \\ backslash",
            "<b>&amp;</b> & <i>markup</i> > text",
            " 한국어와 이모지 👋🎉 MiXeD CaSe ");

    private ExactText() {
    }

    /** One way a server changed the text it relayed: what the learner reads first, and where to look. */
    public record Fault(Msg problem, Msg hint) {
    }

    /** {@code probe}'s next frame is exactly {@code expected}; a trimmed, escaped or re-cased copy is named as such. */
    public static void expect(Check check, Probe probe, String expected, Msg hint) {
        Msg wanted = Msg.of(probe.name() + " 에게 텍스트 " + Quote.text(expected) + " 도착",
                probe.name() + " receives text " + Quote.text(expected));
        check.expectText(probe, wanted, text -> {
            if (text.equals(expected)) {
                return true;
            }
            Optional<Fault> fault = fault(probe.name(), expected, text);
            if (fault.isPresent()) {
                check.fail(fault.get().problem(), wanted, Msg.of("텍스트 " + Quote.text(text), "text " + Quote.text(text)),
                        fault.get().hint().plus(Msg.same(" ")).plus(hint));
            }
            return false;
        }, hint);
    }

    /** How {@code got} differs from {@code expected}, when it is one of the known ways of spoiling text. */
    public static Optional<Fault> fault(String client, String expected, String got) {
        if (!got.equals(expected) && withoutWhiteSpace(got).equals(withoutWhiteSpace(expected))) {
            return Optional.of(new Fault(
                    Msg.of(client + " 에게 온 텍스트의 공백, 탭, 줄바꿈이 보낸 것과 다릅니다: 서버가 메시지를 trim() 하거나 공백을 바꾸었습니다.",
                            client + " received the text with its spaces, tabs or line breaks changed: the server trimmed the message or changed its white space."),
                    Msg.of("받은 텍스트는 한 글자도 바꾸지 말고 그대로 보내세요: trim(), strip(), replace 는 쓰지 않습니다. 앞뒤의 공백도 메시지의 일부입니다.",
                            "Relay the text exactly as received: no trim(), strip() or replace. Spaces at the ends are part of the message.")));
        }
        if (!got.equals(expected) && htmlUnescaped(got).equals(expected)) {
            return Optional.of(new Fault(
                    Msg.of(client + " 에게 온 텍스트가 HTML 이스케이프되어 있습니다 (&, <, > 가 &amp;, &lt;, &gt; 로 바뀜).",
                            client + " received the text HTML-escaped (&, <, > turned into &amp;, &lt;, &gt;)."),
                    Msg.of("서버는 텍스트를 그대로 전달합니다. 텍스트를 글자로 보여 주는 것은 페이지의 일입니다 (textContent).",
                            "The server relays text unchanged; showing it as text, not markup, is the page's job (textContent).")));
        }
        if (!got.equals(expected) && got.toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Fault(
                    Msg.of(client + " 에게 온 텍스트의 대소문자가 보낸 것과 다릅니다.", client + " received the text with its letters re-cased."),
                    Msg.of("toLowerCase() 나 toUpperCase() 없이 받은 그대로 보내세요.", "Relay the text as received, without toLowerCase() or toUpperCase().")));
        }
        return Optional.empty();
    }

    private static String withoutWhiteSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String htmlUnescaped(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
