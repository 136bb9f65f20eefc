package workbook.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.grade;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.broken.lesson01.ThrowLeftBelow;
import workbook.grader.broken.lesson01.UntouchedStub;
import workbook.grader.broken.lesson01.WrongPrefix;
import workbook.grader.core.words.Lang;
import workbook.grader.run.CheckResult;
import workbook.grader.run.LessonResult;
import workbook.grader.run.ResultPrinter;

/** How a report reads to a new student: particles, one reason said once, the teaching order, a throw left behind. */
class ReportWordingTest {

    @Test
    @DisplayName("a working body with the stub's throw still below it is told apart from a stub not yet touched")
    void throwLeftBelowIsNotNotImplemented() {
        assertFails(grade("01", broken(ThrowLeftBelow.class), Lang.KO, Map.of()),
                "A message comes back after \"Server received: \"",
                "스텁의 throw 줄이 남아 있습니다: 서버 코드에서 내 코드가 실행된 뒤", "그 아래에 남은 스텁의 throw 줄이",
                "힌트: TODO 주석 아래의 throw 줄 (throw new UnsupportedOperationException(...);)을 지우세요.");
        assertFails(grade("01", broken(ThrowLeftBelow.class)), "A message comes back after \"Server received: \"",
                "The stub's throw line is still there", "your code ran (clients already received frames)");

        LessonResult untouched = grade("01", broken(UntouchedStub.class), Lang.KO, Map.of());
        assertFails(untouched, "A message comes back after \"Server received: \"",
                "아직 구현하지 않았습니다: 서버 코드가 아직 스텁의 예외를 던집니다",
                "(레슨 01: onMessage를 완성하세요).");
        assertThat(untouched.checks()).extracting(CheckResult::headline).allSatisfy(
                first -> assertThat(first).doesNotContain("throw 줄이 남아 있습니다", "Lesson 01: complete"));
    }

    @Test
    @DisplayName("Korean particles follow the word before them, attached, never 을(를) or 이(가)")
    void particlesFitTheWord() {
        LessonResult result = grade("01", broken(WrongPrefix.class), Lang.KO, Map.of());
        String all = String.join("\n", result.checks().stream().map(CheckResult::message).filter(m -> m != null).toList());
        assertThat(all).contains("client-1이 ws://127.0.0.1:", "client-1이 텍스트 \"Hello Server!\"를 보냄",
                "client-1의 다음 프레임을").doesNotContain("(를)", "(가)", "(는)", "(과)", "client-1 이", " 을 ", " 를 ");
    }

    @Test
    @DisplayName("an untouched stub's reason is printed once; the checks it also fails say 'same reason'")
    void identicalFailuresSaidOnce() {
        LessonResult result = grade("01", broken(UntouchedStub.class), Lang.KO, Map.of());
        String printed = print(result, Lang.KO);
        String reason = "아직 구현하지 않았습니다: 서버 코드가";
        assertThat(printed.split(java.util.regex.Pattern.quote(reason), -1)).as(printed).hasSize(2);
        assertThat(printed.lines().filter(l -> l.endsWith("(위와 같은 이유)")).count()).isEqualTo(result.total() - 1);
        assertThat(print(result, Lang.EN)).contains("(same reason as above)");
    }

    @Test
    @DisplayName("checks are listed in the order the lesson declares them (task by task, source order within)")
    void checksInTeachingOrder() {
        LessonResult result = grade("01", broken(WrongPrefix.class));
        List<String> rules = result.byTask().get(3).stream().map(c -> c.name().en()).toList();
        assertThat(rules).containsExactly("Korean and emoji pass through intact",
                "Spaces, tabs and line breaks at the ends, quotes and markup pass through unchanged",
                "The empty message passes through",
                "A 64 KiB message arrives whole", "Messages from one sender arrive in the order sent",
                "A client that connects later does not receive earlier messages",
                "A client that vanishes without a close frame does not stop the server",
                "A binary frame from a client does not stop the server",
                "stop() closes every connection, releases the port and leaves no thread");
        assertThat(result.byTask().get(1).stream().map(c -> c.name().en()).toList()).containsExactly(
                "A message comes back after \"Server received: \"", "Each message gets exactly one reply");
    }

    private static String print(LessonResult result, Lang lang) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ResultPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), lang, false).print(result, "test");
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
