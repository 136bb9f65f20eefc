package workbook.tools.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.tools.TestFolders;

@DisplayName("Every lesson keeps the course's contract: folder, stub, solution, page in the shell, checks, and a text "
        + "whose task headings are the checks' task titles")
class LessonContractTest {

    private static final Path HOME = WorkbookHome.get();

    static Stream<Lesson> lessons() {
        return new LessonContract(HOME).lessons().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    @DisplayName("the lesson has everything it needs, and its text names its tasks as its checks do")
    void keepsTheContract(Lesson lesson) {
        assertThat(new LessonContract(HOME).problems(lesson)).as("lesson %s", lesson.id()).isEmpty();
    }

    @Test
    @DisplayName("lessons.yaml in the folder is the one packaged with the grader")
    void theListIsThePackagedOne() {
        assertThat(new LessonContract(HOME).lessons()).isEqualTo(Lessons.all());
    }

    @Test
    @DisplayName("the README links the wire contract and tells maintainers how to add a lesson")
    void readmeLinksTheContract() throws IOException {
        String readme = Files.readString(HOME.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("](CONTRACT.md)", "## 레슨 추가하기 · Adding a lesson", "LessonContractTest");
        assertThat(HOME.resolve("CONTRACT.md")).isRegularFile();
    }

    @Test
    @DisplayName("serve's frame around a lesson's own page (lesson 07) is built by the same shell")
    void ownPageFrameUsesTheShell() throws IOException {
        String html = Files.readString(HOME.resolve("web/common/own.html"), StandardCharsets.UTF_8);
        assertThat(html).contains(LessonContract.SHELL_SCRIPT);
        assertThat(html.indexOf(LessonContract.SHELL_SCRIPT)).isGreaterThan(html.indexOf("</main>"));
        assertThat(LessonContract.SHELL_MARKUP).noneMatch(html::contains);
    }

    @Test
    @DisplayName("a workbook that breaks the contract in eleven ways is told each of them")
    void catchesEachBreach(@TempDir Path copy) throws IOException {
        for (String part : List.of("lessons", "solutions", "web", "tools/src/main/stubs")) {
            TestFolders.copyTree(HOME.resolve(part), copy.resolve(part));
        }
        edit(copy.resolve("tools/src/main/stubs/01-echo/EchoServer.java.stub"), s -> s.replace("// TODO", "// later"));
        Files.delete(copy.resolve("solutions/02-welcome/WelcomeServer.java"));
        edit(copy.resolve("lessons/03-broadcast/README.md"),
                s -> s.replace("### 과제 2 · 닫힌 클라이언트는 오류 없이 건너뛴다", "### 과제 2 · 닫힌 클라이언트를 건너뛴다"));
        edit(copy.resolve("lessons/03-broadcast/README.md"), s -> s.replace("## 힌트 · Hints", "## 힌트"));
        edit(copy.resolve("lessons/05-channels/README.md"), s -> s.replaceFirst("```js", "```javascript"));
        Files.writeString(copy.resolve("tools/src/main/stubs/04-all-but-sender/client.js.stub"),
                "// TODO: connect\nnotImplemented('new WebSocket(SERVER_URL)');\n", StandardCharsets.UTF_8);
        edit(copy.resolve("lessons/04-all-but-sender/README.md"), s -> s.replaceFirst("(?m)^### Task 2 .*$", "Task two"));
        edit(copy.resolve("web/05-channels/index.html"),
                s -> s.replace("<main>", "<header class=\"topbar\"></header>\n<main>"));
        edit(copy.resolve("lessons/06-notifications/README.md"), s -> s.replace("../../CONTRACT.md", "CONTRACT.md"));
        edit(copy.resolve("lessons/lessons.yaml"), s -> s.replaceFirst("(?m)^(  checks: )(.*HeartbeatChecks)$", "$1workbook.grader.NoSuchChecks"));
        deleteTree(copy.resolve("lessons/09-several-servers"));

        LessonContract contract = new LessonContract(copy);
        Map<String, List<String>> problems = contract.lessons().stream()
                .collect(Collectors.toMap(Lesson::id, contract::problems));

        assertThat(problems.get("01")).containsExactly("the stub lessons/01-echo/EchoServer.java has no // TODO where the student acts");
        assertThat(problems.get("02")).containsExactly("solutions/02-welcome/WelcomeServer.java is missing");
        assertThat(problems.get("03")).hasSize(2).contains("lessons/03-broadcast/README.md: the heading \"### 과제 2 · 닫힌 "
                + "클라이언트를 건너뛴다\" must equal the checks' task title \"과제 2 · 닫힌 클라이언트는 오류 없이 건너뛴다\"")
                .anySatisfy(p -> assertThat(p).startsWith("lessons/03-broadcast/README.md does not follow the template: "
                        + "its sections are [## 이 단계에서 배우는 것, ## JavaScript에서 Java로 · From JavaScript to Java, ## 과제 · Tasks, ## 힌트,"));
        assertThat(problems.get("04")).containsExactlyInAnyOrder(
                "lessons/04-all-but-sender/client.js is missing", "solutions/04-all-but-sender/client.js is missing",
                "the lesson has a browser client stub, but its checks have no task \"Task N · Browser client\"",
                "lessons/04-all-but-sender/README.md has no heading \"### Task 2 · The sender receives nothing\"");
        assertThat(problems.get("05")).containsExactlyInAnyOrder("web/05-channels/index.html writes the shell's own markup "
                + "class=\"topbar\": leave it to /common/shell.js", "lessons/05-channels/README.md: the section \"## JavaScript에서 "
                + "Java로 · From JavaScript to Java\" must show the tutorial's JavaScript (```js) and then the Java (```java)");
        assertThat(problems.get("06")).containsExactly("lessons/06-notifications/README.md does not link to ../../CONTRACT.md");
        assertThat(problems.get("08")).singleElement().asString().startsWith("no checks: the class workbook.grader.NoSuchChecks");
        assertThat(problems.get("09")).containsExactly("lessons/09-several-servers/ is missing");
        assertThat(problems.get("07")).as("the lesson left alone").isEmpty();
    }

    private static void edit(Path file, Function<String, String> change) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertThat(after).as("the deliberate breach in %s", file).isNotEqualTo(before);
        Files.writeString(file, after, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
