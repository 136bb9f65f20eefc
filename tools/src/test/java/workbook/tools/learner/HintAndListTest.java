package workbook.tools.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.grader.core.lesson.Lessons;

@DisplayName("hint gives the next hint each time; list marks every lesson and the current one")
class HintAndListTest extends CommandTest {

    @Test
    void hintsComeOneAtATimeInOrderAndTheLastOneStays(@TempDir Path dir) throws Exception {
        workbook(dir);
        var hints = Lessons.find("01").orElseThrow().hints();
        assertThat(hints).hasSizeGreaterThanOrEqualTo(3);
        for (int n = 1; n <= hints.size() + 1; n++) {
            forget();
            assertThat(run("hint", "01", "--lang", "en")).isZero();
            int shown = Math.min(n, hints.size());
            assertThat(printed()).startsWith("Hint " + shown + "/" + hints.size())
                    .contains(hints.get(shown - 1).en());
        }
        assertThat(printed()).contains("That was the last hint", "./workbook solution 01");
        assertThat(new Progress(dir).of(Lessons.find("01").orElseThrow()).hintsShown()).isEqualTo(hints.size());
    }

    @Test
    void withoutALessonTheHintIsForTheCurrentOneInKorean(@TempDir Path dir) throws Exception {
        workbook(dir);
        assertThat(run("hint")).isZero();
        assertThat(printed()).startsWith("힌트 1/").contains("레슨 01 에코 서버",
                Lessons.find("01").orElseThrow().hints().get(0).msg().ko());
    }

    @Test
    void aLessonWithoutHintsSaysSo(@TempDir Path dir) throws Exception {
        workbook(dir);
        var lesson = Lessons.all().stream().filter(l -> l.hints().isEmpty()).findFirst();
        if (lesson.isPresent()) {
            assertThat(run("hint", lesson.get().id(), "--lang", "en")).isZero();
            assertThat(printed()).contains("has no hints yet");
        }
    }

    @Test
    void anUnknownLessonIsAUsageError(@TempDir Path dir) throws Exception {
        workbook(dir);
        assertThat(run("hint", "42")).isEqualTo(2);
        assertThat(errors()).contains("unknown lesson '42'");
    }

    @Test
    void listShowsScoresAndMarksTheFirstLessonNotPassed(@TempDir Path dir) throws Exception {
        workbook(dir);
        Progress progress = new Progress(dir);
        progress.recordScore(Lessons.find("01").orElseThrow(), 12, 12);
        progress.recordHintsShown(Lessons.find("01").orElseThrow(), 1);
        assertThat(run("list", "--lang", "en")).isZero();
        assertThat(printed().lines()).anyMatch(l -> l.startsWith("  01 Echo server") && l.contains("✓ done")
                && l.contains("12/12") && l.contains("1/3"));
        assertThat(printed().lines()).anyMatch(l -> l.startsWith("▶ 02 "));
        assertThat(printed().lines().filter(l -> l.startsWith("▶"))).hasSize(1);
        assertThat(printed()).contains("Current lesson: 02");
    }

    @Test
    void listSaysPendingWithTheLastScore(@TempDir Path dir) throws Exception {
        workbook(dir);
        new Progress(dir).recordScore(Lessons.find("01").orElseThrow(), 5, 12);
        assertThat(run("list", "--lang", "en")).isZero();
        assertThat(printed().lines()).anyMatch(l -> l.startsWith("▶ 01 Echo server") && l.contains("· pending")
                && l.contains("5/12"));
        assertThat(printed().lines()).anyMatch(l -> l.startsWith("  02 ") && l.contains("no folder"));
    }

    @Test
    void checkRecordsTheScoreThatListShows(@TempDir Path dir) throws Exception {
        workbook(dir);
        solve(dir);
        assertThat(run("check", "01", "--lang", "en")).isZero();
        forget();
        assertThat(run("list", "--lang", "en")).isZero();
        assertThat(printed()).contains("✓ done", "18/18");
    }
}
