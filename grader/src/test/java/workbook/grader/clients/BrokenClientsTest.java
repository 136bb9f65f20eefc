package workbook.grader.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.grader.ClientGrading;

@DisplayName("Each deliberately broken browser client fails the check aimed at its fault, with the words a learner reads")
class BrokenClientsTest {

    @TempDir
    Path temp;

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(ClientGrading.browserHere(), "no Chromium here (and CI is not set): the client checks cannot run");
    }

    static Stream<Arguments> brokenClients() {
        return Stream.of(
                Arguments.of("01", "inner-html", "Shows every message exactly as text: Korean, emoji, spaces, markup",
                        new String[] {"markup became an element", "textContent", "innerHTML"}),
                Arguments.of("01", "sends-before-open", "Sends \"Hello Server!\" once, when the connection opens",
                        new String[] {"The page sent nothing", "Still in CONNECTING state", "before the connection was open"}),
                Arguments.of("01", "no-onclose", "When the server closes the connection, #status says closed",
                        new String[] {"does not say so", "data-state=\"open\"", "ws.onclose"}),
                Arguments.of("01", "reconnects-at-once", "When the server closes the connection, #status says closed",
                        new String[] {"The page showed 'closed', then connected again at once.", "data-state=\"closed\" for 300 ms",
                                "Leave reconnecting out"}),
                Arguments.of("01", "no-onerror", "When the server cannot be reached, #status says error",
                        new String[] {"could not be reached", "ws.onerror"}),
                Arguments.of("01", "tutorial-address", "Sends \"Hello Server!\" once, when the connection opens",
                        new String[] {"did not connect", "SERVER_URL"}),
                Arguments.of("01", "loops-in-onmessage", "Shows every message exactly as text: Korean, emoji, spaces, markup",
                        new String[] {"did not answer the grader in time", "loop that never ends", "grade again"}),
                Arguments.of("01", "trims", "Shows every message exactly as text: Korean, emoji, spaces, markup",
                        new String[] {"does not show the messages it received exactly", "\"  앞뒤 공백 · spaces  \""}),
                Arguments.of("02", "inner-html", "Shows every message exactly as text, the welcome included",
                        new String[] {"markup became an element", "innerHTML"}),
                Arguments.of("02", "keeps-the-input", "#send sends the input exactly and clears it (click and Enter)",
                        new String[] {"still holds the text", "input.value = ''"}),
                Arguments.of("02", "sends-empty", "An empty input sends nothing",
                        new String[] {"The input was empty, yet the page sent a message", "Got:      \"\""}),
                Arguments.of("02", "trims", "#send sends the input exactly and clears it (click and Enter)",
                        new String[] {"The page sent something else", "\"안녕 \\\"hi\\\" \\\\ 🎉\""}),
                Arguments.of("06", "replies-to-nothing", "Replies once to each message, and never when nothing came",
                        new String[] {"replied though the server had sent nothing", "클라이언트에서 서버로 답장을 보냅니다"}),
                Arguments.of("06", "never-replies", "Replies once to each message, and never when nothing came",
                        new String[] {"The page sent nothing within 3000 ms", "ws.send(REPLY)"}),
                Arguments.of("06", "inner-html", "Shows every notification in #notifications, exactly as text",
                        new String[] {"markup became an element", "#notifications"}),
                Arguments.of("07", "json-by-concatenation", "Sends JSON.stringify of name and message, and clears the message only",
                        new String[] {"is not a JSON object", "JSON.stringify", "quote"}),
                Arguments.of("07", "stale-count", "Shows every line; #count holds the latest join or leave count",
                        new String[] {"#count does not show the head count now", "#count showing 2", "\"현재 3명 · 3 here\""}),
                Arguments.of("07", "blank-name-sent", "A blank name sends nothing and marks #name aria-invalid=\"true\"",
                        new String[] {"The name was blank, yet the page sent a message"}),
                Arguments.of("07", "clears-the-name", "Sends JSON.stringify of name and message, and clears the message only",
                        new String[] {"the name stays", "#name \"\""}),
                Arguments.of("07", "inner-html", "Shows every line; #count holds the latest join or leave count",
                        new String[] {"markup became an element"}));
    }

    @ParameterizedTest(name = "lesson {0}: {1}")
    @MethodSource("brokenClients")
    void failsTheAimedCheck(String lesson, String client, String check, String[] words) {
        Path folder = ClientGrading.folderWith(lesson, "broken-clients/" + lesson + "/" + client + ".js", temp);
        Map<String, String> outcomes = ClientGrading.grade(lesson, folder, check);
        assertThat(outcomes).containsKey(check);
        assertThat(outcomes.get(check)).as("the outcome of '%s'", check).startsWith("FAILED").contains(words);
    }
}
