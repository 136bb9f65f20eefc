package workbook.tools.learner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.tools.cli.HelpLayout;

@DisplayName("What a new student meets on the command line: the current lesson, --json, one word for a dead URL, Korean help")
class NewStudentCommandsTest extends CommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("check without a number grades the current lesson, as hint does")
    void checkWithoutANumberGradesTheCurrentLesson(@TempDir Path dir) throws Exception {
        workbook(dir);
        assertThat(run("check", "--lang", "en")).isEqualTo(1);
        assertThat(printed()).contains("Lesson 01 Echo server  ·  lessons/01-echo/EchoServer.java", "Score: 0/18");
    }

    @Test
    @DisplayName("check --json prints one object in Exercism's results format, version 3")
    void jsonResults(@TempDir Path dir) throws Exception {
        workbook(dir);
        assertThat(run("check", "01", "--json")).isEqualTo(1);
        JsonNode stub = JSON.readTree(printed());
        assertThat(stub.get("version").asInt()).isEqualTo(3);
        assertThat(stub.get("status").asText()).isEqualTo("fail");
        assertThat(stub.get("tests")).hasSize(18);
        JsonNode first = stub.get("tests").get(0);
        assertThat(first.get("name").asText()).isEqualTo("과제 1 · 받은 메시지를 접두사와 함께 돌려준다 › 보낸 메시지가 \"Server received: \"와 함께 돌아온다");
        assertThat(first.get("status").asText()).isEqualTo("fail");
        assertThat(first.get("message").asText()).startsWith("아직 구현하지 않았습니다: EchoServer.onMessage");
        assertThat(first.get("task_id").asInt()).isEqualTo(1);
        assertThat(first.get("test_code").asText()).isEqualTo("./workbook check 01");

        solve(dir);
        assertThat(run("check", "01", "--json", "--lang", "en")).as("exit code of the solved lesson; printed:%n%s", printed()).isZero();
        String solved = printed().substring(printed().indexOf('\n') + 1);
        JsonNode passed = JSON.readTree(solved);
        assertThat(passed.get("status").asText()).isEqualTo("pass");
        assertThat(passed.get("tests")).allSatisfy(t -> {
            assertThat(t.get("status").asText()).isEqualTo("pass");
            assertThat(t.has("message")).isFalse();
        });
    }

    @Test
    @DisplayName("--url with nothing listening says so once, also as a JSON error")
    void nothingListening() throws Exception {
        assertThat(run("check", "01", "--url", "ws://127.0.0.1:1")).isEqualTo(1);
        assertThat(printed().strip()).isEqualTo("ws://127.0.0.1:1에서 듣고 있는 서버가 없습니다 (연결 거부). "
                + "서버를 먼저 실행하고 (예: node server.js) 주소와 포트를 확인하세요.");
        assertThat(run("check", "01", "--url", "ws://127.0.0.1:1", "--json", "--lang", "en")).isEqualTo(1);
        JsonNode error = JSON.readTree(printed().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(error.get("status").asText()).isEqualTo("error");
        assertThat(error.get("message").asText()).startsWith("Nothing is listening at ws://127.0.0.1:1");
        assertThat(error.get("tests")).isEmpty();
    }

    @Test
    @DisplayName("--help breaks lines between Korean words, never inside one, and fits 80 columns")
    void helpBreaksBetweenWords() {
        assertThat(run("--help")).isZero();
        for (String command : List.of("check", "watch", "hint", "solution", "reset", "grade-class", "serve", "run")) {
            assertThat(run(command, "--help")).isZero();
        }
        String help = printed();
        assertThat(help).contains("실행합니다.", "넘어갑니다.", "레슨입니다.", "볼 수 있습니다", "저장소 전체",
                "도움말을 보여 줍니다", "NN을 빼면");
        assertThat(help.lines()).allSatisfy(line -> assertThat(HelpLayout.columns(line)).as(line).isLessThanOrEqualTo(80));
    }

    @Test
    @DisplayName("usage mistakes are said in Korean first: a missing number, an unknown lesson")
    void usageMistakesInKorean(@TempDir Path dir) throws Exception {
        workbook(dir);
        assertThat(run("solution")).isEqualTo(2);
        assertThat(errors()).contains("빠진 값이 있습니다: NN / Missing required parameter: 'NN'");
        assertThat(run("hint", "99")).isEqualTo(2);
        assertThat(errors()).contains("없는 레슨입니다: '99'. 이 중에서 고르세요: 01,", "unknown lesson '99'");
    }

    @Test
    @DisplayName("every command refuses an unknown --lang or option the same way: one line in both languages, exit code 2")
    void everyCommandRefusesTheSameWay(@TempDir Path dir) throws Exception {
        workbook(dir);
        for (List<String> command : List.of(List.of("check", "01"), List.of("watch"), List.of("list"), List.of("hint"),
                List.of("run", "01"), List.of("solution", "01"), List.of("reset", "01"), List.of("grade-class", dir.toString()))) {
            forget();
            List<String> words = new java.util.ArrayList<>(command);
            words.addAll(List.of("--lang", "xx"));
            assertThat(run(words.toArray(String[]::new))).as("%s", words).isEqualTo(2);
            assertThat(errors().strip()).as("%s", words).isEqualTo("workbook " + command.get(0)
                    + ": unknown language 'xx': use ko or en / 언어는 ko 또는 en 입니다");
        }
        forget();
        assertThat(run("list", "--bogus")).isEqualTo(2);
        assertThat(errors()).contains("알 수 없는 인자입니다: --bogus / Unknown option: '--bogus'", "→ ./workbook list --help");
        forget();
        assertThat(run("dev", "pristine", "--bogus")).isEqualTo(2);
        assertThat(errors()).contains("→ ./workbook dev pristine --help");
    }
}
