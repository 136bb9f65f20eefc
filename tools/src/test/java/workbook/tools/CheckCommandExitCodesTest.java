package workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.grader.core.WorkbookHome;

@DisplayName("./workbook check: exit 0 when every check passes, 1 when any fails, 2 for a usage error")
class CheckCommandExitCodesTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private String originalHome;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        originalHome = System.getProperty(WorkbookHome.PROPERTY);
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        if (originalHome == null) {
            System.clearProperty(WorkbookHome.PROPERTY);
        } else {
            System.setProperty(WorkbookHome.PROPERTY, originalHome);
        }
    }

    private int run(String... args) {
        return Workbook.commandLine().execute(args);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theReferenceSolutionPassesWithExitCodeZero() {
        assertThat(run("check", "01", "--solution", "--lang", "en")).isZero();
        assertThat(printed()).contains("Score: 12/12 (100%)", "Every check passed!");
    }

    @Test
    void aFailingLessonExitsWithOne() {
        assertThat(run("check", "01", "--url", "ws://127.0.0.1:1", "--lang", "en")).isEqualTo(1);
        assertThat(printed()).contains("connection was refused", "Is your server running");
    }

    @Test
    void anUnknownLessonIsAUsageError() {
        assertThat(run("check", "99")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown lesson '99'");
    }

    @Test
    void aUrlThatIsNotWebSocketIsAUsageError() {
        assertThat(run("check", "01", "--url", "http://localhost:8080")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a ws:// URL");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("check", "01", "--colour")).isEqualTo(2);
    }

    @Test
    void compileErrorsNameTheFileAndLineInTheLearnersLanguage(@TempDir Path home) throws Exception {
        Path lesson = Files.createDirectories(home.resolve("lessons/01-echo"));
        Files.writeString(lesson.resolve("EchoServer.java"), """
                package workbook.lesson01;

                public class EchoServer {
                    int broken = ;
                }
                """);
        System.setProperty(WorkbookHome.PROPERTY, home.toString());
        assertThat(run("check", "01")).isEqualTo(1);
        assertThat(printed()).contains("컴파일 오류가 있습니다", "lessons/01-echo/EchoServer.java:4:");
    }
}
