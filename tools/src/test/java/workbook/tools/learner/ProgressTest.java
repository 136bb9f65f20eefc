package workbook.tools.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;

@DisplayName("The progress file: one small JSON file, and every command works without it")
class ProgressTest extends CommandTest {

    private final Lesson first = Lessons.find("01").orElseThrow();
    private final Lesson second = Lessons.find("02").orElseThrow();

    @Test
    void withoutAFileNothingHasPassedAndTheFirstLessonIsCurrent(@TempDir Path home) {
        Progress progress = new Progress(home);
        assertThat(progress.of(first)).isEqualTo(Progress.Entry.NONE);
        assertThat(progress.current()).contains(first);
        assertThat(Files.exists(progress.file())).isFalse();
    }

    @Test
    void aPassingScoreMovesTheCurrentLessonOnAndIsKeptAsPassedOnce(@TempDir Path home) {
        Progress progress = new Progress(home);
        progress.recordScore(first, 12, 12);
        assertThat(progress.current()).contains(second);
        progress.recordScore(first, 7, 12);
        Progress.Entry entry = new Progress(home).of(first);
        assertThat(entry.done()).isFalse();
        assertThat(entry.passedOnce()).isTrue();
        assertThat(entry.passed()).isEqualTo(7);
        assertThat(progress.current()).contains(first);
    }

    @Test
    void hintsAndScoresOfOneLessonLiveSideBySide(@TempDir Path home) {
        Progress progress = new Progress(home);
        progress.recordHintsShown(first, 2);
        progress.recordScore(first, 3, 12);
        progress.recordCompileErrors(first);
        Progress.Entry entry = progress.of(first);
        assertThat(entry.hintsShown()).isEqualTo(2);
        assertThat(entry.passed()).isZero();
        assertThat(entry.total()).isEqualTo(12);
    }

    @Test
    void theFileIsSmallJson(@TempDir Path home) throws Exception {
        Progress progress = new Progress(home);
        progress.recordScore(first, 12, 12);
        assertThat(progress.file()).isEqualTo(home.resolve(".workbook/progress.json"));
        assertThat(Files.size(progress.file())).isLessThan(300);
        assertThat(Files.readString(progress.file())).contains("\"01\"", "\"passed\" : 12", "\"version\" : 1");
    }

    @Test
    void aDamagedFileCountsAsNoneAndIsReplacedOnTheNextWrite(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".workbook"));
        Files.writeString(home.resolve(".workbook/progress.json"), "{ not json");
        Progress progress = new Progress(home, errorWriter());
        assertThat(progress.current()).contains(first);
        assertThat(errors()).contains("cannot be read");
        progress.recordHintsShown(first, 1);
        assertThat(new Progress(home).of(first).hintsShown()).isEqualTo(1);
    }

    @Test
    void deletingTheFileForgetsEverythingAndBreaksNothing(@TempDir Path home) throws Exception {
        workbook(home);
        new Progress(home).recordScore(first, 12, 12);
        Files.delete(home.resolve(".workbook/progress.json"));
        assertThat(run("list", "--lang", "en")).isZero();
        assertThat(printed()).contains("▶ 01 Echo server");
        assertThat(run("hint", "01", "--lang", "en")).isZero();
        assertThat(printed()).contains("Hint 1/3");
    }
}
