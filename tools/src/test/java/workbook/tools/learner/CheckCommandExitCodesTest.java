package workbook.tools.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.grader.lessons.redis.LocalRedis;

@DisplayName("./workbook check: exit 0 when every check passes, 1 when any fails, 2 for a usage error")
class CheckCommandExitCodesTest extends CommandTest {

    @Test
    void theReferenceSolutionPassesWithExitCodeZero() {
        int code = run("check", "01", "--solution", "--lang", "en");
        assertThat(code).as("exit code; printed:%n%s", printed()).isZero();
        assertThat(printed()).contains("Score: 18/18 (100%)", "Every check passed!");
    }

    @Test
    void aFailingLessonExitsWithOne() {
        assertThat(run("check", "01", "--url", "ws://127.0.0.1:1", "--lang", "en")).isEqualTo(1);
        assertThat(printed()).contains("Nothing is listening at ws://127.0.0.1:1", "Start your server first");
    }

    @Test
    void anUnknownLessonIsAUsageError() {
        assertThat(run("check", "99")).isEqualTo(2);
        assertThat(errors()).contains("unknown lesson '99'");
    }

    @Test
    void aUrlThatIsNotWebSocketIsAUsageError() {
        assertThat(run("check", "01", "--url", "http://localhost:8080")).isEqualTo(2);
        assertThat(errors()).contains("is not a ws:// URL");
    }

    @Test
    void lesson09WithoutRedisSaysInOneLineHowToGetIt() {
        System.setProperty(LocalRedis.PROPERTY, "/nonexistent/redis-server");
        try {
            assertThat(run("check", "09", "--solution")).isEqualTo(2);
        } finally {
            System.clearProperty(LocalRedis.PROPERTY);
        }
        assertThat(errors().strip()).doesNotContain("\n").contains("redis-server is not installed",
                "sudo apt install redis-server", "brew install redis", "docker run -p 6379:6379 redis");
    }

    @Test
    void lesson09ByUrlNeedsOneUrlPerInstance() {
        assertThat(run("check", "09", "--url", "ws://127.0.0.1:1")).isEqualTo(2);
        assertThat(errors()).contains("lesson 09 grades several instances: give --url once per instance, at least twice");
        assertThat(run("check", "01", "--url", "ws://127.0.0.1:1", "--url", "ws://127.0.0.1:2")).isEqualTo(2);
        assertThat(errors()).contains("--url goes once, except for lesson 09");
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
