package workbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.grade;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.broken.lesson07.files.HtmlWithoutCharset;
import workbook.grader.broken.lesson07.files.ListsFolders;
import workbook.grader.broken.lesson07.files.ModulesAsOctetStream;
import workbook.grader.broken.lesson07.files.NeverAnswers;
import workbook.grader.broken.lesson07.files.ServesAnyPath;
import workbook.grader.broken.lesson07.room.CountsBeforeAdding;
import workbook.grader.broken.lesson07.room.CountsConnectionsSlowly;
import workbook.grader.broken.lesson07.room.CountsThenBroadcasts;
import workbook.grader.broken.lesson07.room.CrashesOnBadJson;
import workbook.grader.broken.lesson07.room.EscapesHtml;
import workbook.grader.broken.lesson07.room.LeavesOnlyWithACloseFrame;
import workbook.grader.broken.lesson07.room.SynchronizedSetInSteps;
import workbook.grader.broken.lesson07.room.TrimsTheName;
import workbook.grader.core.words.Lang;
import workbook.grader.run.CheckResult;
import workbook.grader.run.LessonResult;

@DisplayName("Lesson 07: each broken chat room fails the check aimed at its fault, with the words a student sees")
class BrokenChatRoomServersTest {

    @Test
    void aPathJoinedByHandWalksOutOfTheFolder() {
        var result = grade("07", broken(ServesAnyPath.class));
        assertFails(result, "Plain .. segments cannot leave the folder",
                "GET /../secret.txt served a file outside the front folder: the secret file beside the front folder, secret.txt.",
                "sent an HTTP request exactly as written: GET /../secret.txt HTTP/1.1",
                "Expected: a 4xx answer, without a byte of any file outside the folder",
                "Got:      200 OK, Content-Type: text/plain", "\"secret-",
                "Leave it to Undertow's PathResourceManager");
        assertFails(result, "Absolute paths and absolute URLs cannot leave the folder",
                "GET //etc/passwd served a file outside the front folder: the system file /etc/passwd.");
        assertFails(result, "Percent-encoded .. cannot leave the folder", "GET /%2e%2e/secret.txt served a file outside");
        assertFails(result, "Encoded slashes, backslashes and semicolons cannot leave the folder",
                "GET /..%2fsecret.txt served a file outside");
    }

    @Test
    void aListingIsShownAsIt() {
        assertFails(grade("07", broken(ListsFolders.class)), "A folder's listing is never shown",
                "A folder without index.html was not answered 403 or 404 (its listing must never be shown).",
                "GET /sub/ HTTP/1.1", "Expected: 403 Forbidden / 404 Not Found", "Got:      200 OK, Content-Type: text/html",
                "The answer names notes.txt, a file in that folder.", "Do you call setDirectoryListingEnabled(true)?");
    }

    @Test
    void aServerThatNeverAnswersHttpIsReportedNotTimedOut() {
        assertFails(grade("07", broken(NeverAnswers.class)), "GET / answers index.html as text/html; charset=UTF-8",
                "No complete HTTP answer within 3500 ms (GET /).", "sent an HTTP request exactly as written: GET / HTTP/1.1",
                "Got:      nothing arrived", "Does start() start the HTTP side too");
    }

    @Test
    void aModuleSentAsOctetStreamIsNamed() {
        assertFails(grade("07", broken(ModulesAsOctetStream.class)), "Scripts, styles and modules come with their content types",
                "/module.mjs did not come with its content type.", "Expected: 200 OK, Content-Type: text/javascript",
                "Got:      200 OK, Content-Type: application/octet-stream", "addMapping(\"mjs\", \"text/javascript\")");
    }

    @Test
    void htmlWithoutCharsetIsExplainedInKorean() {
        assertFails(grade("07", broken(HtmlWithoutCharset.class), Lang.KO, Map.of()),
                "GET / answers index.html as text/html; charset=UTF-8",
                "GET /의 Content-Type이 다릅니다.", "기대한 것: Content-Type: text/html; charset=UTF-8",
                "받은 것:   200 OK, Content-Type: text/html, 본문", "힌트: MimeMappings에서 html을 \"text/html; charset=UTF-8\"로 정하세요.");
    }

    @Test
    void aRacyCountAnnouncesTwoClientsAsOne() {
        assertFails(grade("07", broken(CountsConnectionsSlowly.class)), "Three bursts of 20 clients joining a full room at once are each announced once, in order",
                // which symptom shows first (a count heard twice, out of order, or late) depends on the timing
                "50 clients on plain sockets joined the room and stayed, reading nothing",
                "client-1 … client-20 (20 clients) connected to", "at the same time",
                "getConnections() already holds a newcomer before its onOpen runs");
    }

    private static final String BURSTS = "Three bursts of 20 clients joining a full room at once are each announced once, in order";
    private static final String CROWD = "When 15 drop out at once and then 40 crowd in at once, again and again, each count moves by one and everyone hears the same order";

    @Test
    @DisplayName("The tutorial's getConnections().size() then broadcast() fails the crowd checks (issue 8, point 5)")
    void theTutorialsUnlockedCountFails() {
        assertACrowdCheckCaughtTheRace(CountsThenBroadcasts.class);
    }

    @Test
    @DisplayName("A synchronizedSet with add, count and send as separate steps fails the crowd checks (issue 8, point 5)")
    void aSynchronizedSetInStepsFails() {
        assertACrowdCheckCaughtTheRace(SynchronizedSetInSteps.class);
    }

    /**
     * A race shows only when the threads meet: which crowd check shows it, and by which symptom, depends on the timing.
     * Measured per grading, under the JVM flags of ./workbook: 300 of 300 each when idle, 200 of 200 each with one core
     * busy, 149 and 150 of 150 at a load average of 5. A student who runs the check again is caught again; so is this test, which grades a second time only if
     * the first grading missed the race, and fails if both did.
     */
    private static void assertACrowdCheckCaughtTheRace(Class<?> server) {
        List<CheckResult> failed = failedCrowdChecks(grade("07", broken(server)));
        if (failed.isEmpty()) {
            failed = failedCrowdChecks(grade("07", broken(server)));
        }
        assertThat(failed).as("crowd checks that failed, in either of two gradings").isNotEmpty();
        assertThat(failed.get(0).message()).contains("clients on plain sockets joined the room and stayed",
                "at the same time", "Keep your own set of clients, and count and announce inside one synchronized block");
    }

    private static List<CheckResult> failedCrowdChecks(LessonResult result) {
        return Stream.of(BURSTS, CROWD).map(name -> Grading.find(result, name))
                .filter(check -> check.status() == CheckResult.Status.FAILED).toList();
    }

    @Test
    void aCountOneShortIsQuoted() {
        assertFails(grade("07", broken(CountsBeforeAdding.class)),
                "Each arrival is announced to everyone, the newcomer included, with the new count",
                "client-1 received a different text.", "Expected: client-1 receives text \"새로운 유저 접속 [현재: 1명]\"",
                "Got:      text \"새로운 유저 접속 [현재: 0명]\"", "N being the count after it joined");
    }

    @Test
    void aVanishedClientThatNeverLeavesIsCaught() {
        assertFails(grade("07", broken(LeavesOnlyWithACloseFrame.class)),
                "A client that vanishes without a close frame counts as a leave",
                "client-1 vanished without a close frame (dropped the TCP connection)",
                "received nothing within 2000 ms.", "Expected: client-2 receives text \"유저 연결 해제 [현재: 2명]\"",
                "A client that vanishes without a close frame reaches onClose too.");
    }

    @Test
    void aCrashOnBadJsonShowsTheException() {
        assertFails(grade("07", broken(CrashesOnBadJson.class)), "Not JSON: only the sender gets a reply that starts with Error:",
                "client-1 received no reply within 2000 ms.", "client-1 sent text \"Hello\"",
                "Expected: client-1 receives a text that starts with \"Error: \" and says what was wrong",
                "Exceptions your server's code threw:", "IllegalArgumentException: not JSON: Hello",
                "Catch what JSON.readTree throws");
    }

    private static final String EXACT_CHAT = "The name and the message arrive exactly as sent, spaces and markup included";

    @Test
    void htmlEscapedChatLinesAreNamed() {
        var result = grade("07", broken(EscapesHtml.class));
        assertFails(result, EXACT_CHAT,
                "client-1 received the text HTML-escaped (&, <, > turned into &amp;, &lt;, &gt;).",
                "Expected: client-1 receives text \"<b>Kim</b> & Lee: <b>&amp;</b> <i>hi</i>\"",
                "Got:      text \"&lt;b&gt;Kim&lt;/b&gt; &amp; Lee: &lt;b&gt;&amp;amp;&lt;/b&gt; &lt;i&gt;hi&lt;/i&gt;\"",
                "showing it as text, not markup, is the page's job (textContent)");
        assertFails(result, "Spaces, tabs and line breaks at the ends, quotes and markup pass through unchanged",
                "received the text HTML-escaped");
    }

    @Test
    void aTrimmedNameIsNamed() {
        assertFails(grade("07", broken(TrimsTheName.class)), EXACT_CHAT,
                "client-1 received the text with its spaces, tabs or line breaks changed: the server trimmed the message",
                "Expected: client-1 receives text \"  민수 :  안녕하세요  \"",
                "Got:      text \"민수:  안녕하세요  \"");
    }
}
