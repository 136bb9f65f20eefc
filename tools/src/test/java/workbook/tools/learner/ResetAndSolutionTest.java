package workbook.tools.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.grader.core.lesson.Lessons;

@DisplayName("reset asks, keeps a backup and restores the stub; solution shows the diff only once the lesson passes")
class ResetAndSolutionTest extends CommandTest {

    private static final String MY_WORK = "// my work in progress\n";

    private ResetCommand answering(String answer, boolean terminal) {
        ResetCommand reset = new ResetCommand();
        reset.answers = new BufferedReader(new StringReader(answer));
        reset.terminal = () -> terminal;
        return reset;
    }

    private static Path lessonFile(Path home) {
        return home.resolve("lessons/01-echo/EchoServer.java");
    }

    @Test
    void yesRestoresTheStubAndKeepsTheLearnersFile(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        String stub = Files.readString(lessonFile(home));
        Files.writeString(lessonFile(home), MY_WORK);
        new Progress(home).recordScore(Lessons.find("01").orElseThrow(), 4, 12);

        assertThat(run(answering("y\n", true), "01", "--lang", "en")).isZero();

        assertThat(printed()).contains("Restore lessons/01-echo/EchoServer.java to the stub? Your file will be kept in "
                + ".workbook/backup/. [y/N]", "is the stub again");
        assertThat(Files.readString(lessonFile(home))).isEqualTo(stub);
        List<Path> backups = backups(home);
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getParent().getFileName().toString()).matches("01-\\d{8}-\\d{6}");
        assertThat(Files.readString(backups.get(0))).isEqualTo(MY_WORK);
        assertThat(new Progress(home).of(Lessons.find("01").orElseThrow()).checked()).isFalse();
    }

    @Test
    void anythingButYesChangesNothing(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        Files.writeString(lessonFile(home), MY_WORK);
        for (String answer : List.of("n\n", "\n", "later\n", "")) {
            forget();
            assertThat(run(answering(answer, true), "01", "--lang", "en")).as("answer %s", answer).isEqualTo(1);
            assertThat(printed()).contains("Nothing changed.");
        }
        assertThat(Files.readString(lessonFile(home))).isEqualTo(MY_WORK);
        assertThat(backups(home)).isEmpty();
    }

    @Test
    void koreanYesWorksToo(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        Files.writeString(lessonFile(home), MY_WORK);
        assertThat(run(answering("예\n", true), "01")).isZero();
        assertThat(printed()).contains("처음 스텁으로 되돌릴까요?", "되돌렸습니다");
    }

    @Test
    void withoutATerminalItRefusesUnlessToldYes(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        Files.writeString(lessonFile(home), MY_WORK);
        assertThat(run(answering("y\n", false), "01", "--lang", "en")).isEqualTo(2);
        assertThat(errors()).contains("there is no terminal to ask", "add --yes");
        assertThat(Files.readString(lessonFile(home))).isEqualTo(MY_WORK);

        assertThat(run(answering("", false), "01", "--yes", "--lang", "en")).isZero();
        assertThat(Files.readString(lessonFile(home))).doesNotContain(MY_WORK);
        assertThat(backups(home)).hasSize(1);
    }

    @Test
    void everyStubFileOfALessonIsRestoredAndKept(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        Path folder = Files.createDirectories(home.resolve("lessons/06-notifications"));
        Files.createDirectories(home.resolve("solutions/06-notifications"));
        List<String> names = List.of("NotificationServer.java", "PerConnectionNotificationServer.java");
        for (String name : names) {
            Files.copy(REAL_HOME.resolve("solutions/06-notifications").resolve(name),
                    home.resolve("solutions/06-notifications").resolve(name));
            Files.writeString(folder.resolve(name), MY_WORK + name);
        }

        assertThat(run(answering("y\n", true), "06", "--lang", "en")).isZero();

        assertThat(printed()).contains("Restore lessons/06-notifications/NotificationServer.java, "
                + "lessons/06-notifications/PerConnectionNotificationServer.java to the stub?", "are the stubs again");
        for (String name : names) {
            assertThat(Files.readString(folder.resolve(name))).as(name)
                    .isEqualTo(Files.readString(REAL_HOME.resolve("lessons/06-notifications").resolve(name)));
        }
        assertThat(backups(home)).hasSize(2).allSatisfy(kept ->
                assertThat(Files.readString(kept)).isEqualTo(MY_WORK + kept.getFileName()));
    }

    @Test
    void anUntouchedStubNeedsNoReset(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        assertThat(run(answering("", false), "01", "--lang", "en")).isZero();
        assertThat(printed()).contains("already the untouched stub");
        assertThat(backups(home)).isEmpty();
    }

    @Test
    void aMissingFileIsRestoredWithoutAsking(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        Files.delete(lessonFile(home));
        assertThat(run(answering("", false), "01", "--lang", "en")).isZero();
        assertThat(lessonFile(home)).exists();
    }

    @Test
    void solutionIsRefusedBeforeTheLessonPasses(@TempDir Path dir) throws Exception {
        workbook(dir);
        assertThat(run("solution", "01", "--lang", "en")).isEqualTo(1);
        assertThat(printed()).contains("has not passed yet", "./workbook solution 01 --force").doesNotContain("+++");
    }

    @Test
    void solutionWithForceWarnsAndShowsTheDiff(@TempDir Path dir) throws Exception {
        workbook(dir);
        assertThat(run("solution", "01", "--force", "--lang", "en")).isZero();
        assertThat(errors()).contains("⚠", "(--force)");
        assertThat(printed()).contains("--- lessons/01-echo/EchoServer.java", "+++ solutions/01-echo/EchoServer.java",
                "+        conn.send(\"Server received: \" + message);", "-        throw new UnsupportedOperationException(")
                .doesNotContain("\u001b[");
    }

    @Test
    void solutionIsShownOnceTheLessonHasPassed(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        solve(home);
        Files.writeString(lessonFile(home), Files.readString(lessonFile(home)).replace("conn.send(", "conn.send( "));
        assertThat(run("check", "01", "--lang", "en")).isZero();
        forget();
        assertThat(run("solution", "01", "--lang", "en")).isZero();
        assertThat(printed()).contains("-        conn.send( \"Server received: \" + message);",
                "+        conn.send(\"Server received: \" + message);");
    }

    @Test
    void solutionChecksItselfWhenTheProgressFileDoesNotKnow(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        solve(home);
        assertThat(run("solution", "01", "--lang", "en")).isZero();
        assertThat(printed()).contains("Your file is the same as the reference solution.");
    }

    @Test
    void maintainersRefreshThePristineCopiesFromUntouchedStubsOnly(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        Path copy = home.resolve("tools/src/main/stubs/01-echo/EchoServer.java.stub");
        assertThat(run("dev", "pristine", "--update")).isZero();
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(lessonFile(home)));
        assertThat(printed()).contains("wrote 01: tools/src/main/stubs/01-echo/EchoServer.java.stub");

        solve(home);
        forget();
        assertThat(run("dev", "pristine", "--update")).isEqualTo(1);
        assertThat(printed()).contains("REFUSED 01");
        assertThat(Files.readString(copy)).contains("throw new UnsupportedOperationException");
    }

    @Test
    void withoutUpdateMaintainersSeeWhichCopiesAreOutOfDateAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path home = workbook(dir);
        Path copy = home.resolve("tools/src/main/stubs/01-echo/EchoServer.java.stub");
        assertThat(run("dev", "pristine")).isEqualTo(1);
        assertThat(printed()).contains("DIFFERS 01: tools/src/main/stubs/01-echo/EchoServer.java.stub",
                "./workbook dev pristine --update");
        assertThat(copy).doesNotExist();

        assertThat(run("dev", "pristine", "--update")).isZero();
        forget();
        assertThat(run("dev", "pristine")).isZero();
        assertThat(printed()).contains("same 01: tools/src/main/stubs/01-echo/EchoServer.java.stub");
    }

    @Test
    void devAloneListsTheMaintainersCommands() {
        assertThat(run("dev")).isEqualTo(2);
        assertThat(errors()).contains("choose a command", "pristine");
    }

    private static List<Path> backups(Path home) throws Exception {
        Path root = home.resolve(".workbook/backup");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
