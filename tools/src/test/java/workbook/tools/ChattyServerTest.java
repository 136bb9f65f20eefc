package workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.tools.learner.CommandTest;

@DisplayName("grade-class: a correct server that prints every message it receives, twice, is no output flood")
class ChattyServerTest {

    @Test
    @DisplayName("lesson 03's solution printing each received message twice gets every point and no flood note")
    void printingEveryMessageTwiceIsFine(@TempDir Path tmp) throws Exception {
        String solution = Files.readString(CommandTest.REAL_HOME.resolve("solutions/03-broadcast/BroadcastServer.java"));
        String printLine = "        System.out.println(\"Received message: \" + message);\n";
        assertThat(solution).contains(printLine);
        Path lesson = Files.createDirectories(tmp.resolve("class/chatty/03-broadcast"));
        Files.writeString(lesson.resolve("BroadcastServer.java"), solution.replace(printLine,
                printLine + "        System.out.println(\"Broadcasting: \" + message);\n"), StandardCharsets.UTF_8);
        Path results = tmp.resolve("results");

        StringWriter out = new StringWriter();
        int code = Workbook.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(out, true))
                .execute("grade-class", tmp.resolve("class").toString(), "--lessons", "03", "--out", results.toString(),
                        "--lang", "en", "--jobs", "1", GradeClassTest.SANDBOX);

        assertThat(code).as("exit code; printed:%n%s", out).isZero();
        List<String> lines = Files.readAllLines(results.resolve("grades.csv"), StandardCharsets.UTF_8);
        String row = lines.stream().filter(l -> l.startsWith("chatty,")).findFirst().orElseThrow();
        String[] fields = row.split(",", -1);
        assertThat(fields[1]).as("points of %s", row).isEqualTo(fields[2]);
        assertThat(fields[fields.length - 1]).as("problems of %s", row).isEmpty();
        assertThat(results.resolve("grades.md")).content(StandardCharsets.UTF_8).doesNotContain("flood");
        // Meaningful only if the server printed more than the old note limit, 1 MiB. It prints about 7 MB: the
        // closing-client check sends about 13 messages of 256 KiB before the stalled client's queue holds three.
        Matcher more = Pattern.compile("\\((\\d+) more bytes not kept")
                .matcher(Files.readString(results.resolve("chatty/03-broadcast/output.log"), StandardCharsets.UTF_8));
        assertThat(more.find()).as("output.log says how much it did not keep").isTrue();
        assertThat(Long.parseLong(more.group(1))).isGreaterThan(4L * 1024 * 1024);
    }
}
