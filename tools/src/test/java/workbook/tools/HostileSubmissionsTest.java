package workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import workbook.tools.learner.CommandTest;

/**
 * Submissions written by a hostile student, graded together with honest ones in one sandboxed grade-class run: each
 * test asserts that its attack failed and that only the attacker's own score suffered. Every path the attacks try is
 * inside this test's temporary folder (or the sandbox's own), and the only network they try is loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("grade-class withstands hostile submissions: each attack fails and costs only the attacker")
class HostileSubmissionsTest {

    private static final List<String> HONEST = List.of("honest-1", "honest-2", "honest-3");
    private static final String WRITE_OK = "WRITE-OK ";

    @TempDir
    static Path tmp;

    private static final String MARKER = "HONEST-" + UUID.randomUUID();
    private final Map<String, String[]> rows = new HashMap<>();
    private final AtomicInteger hostConnections = new AtomicInteger();
    private ServerSocket hostListener;
    private Thread hostAcceptor;
    private Path classDir;
    private Path results;
    private int exitCode;
    private final StringWriter out = new StringWriter();

    @BeforeAll
    void gradeTheClass() throws Exception {
        assumeTrue(sandboxExpected(), "bubblewrap is not installed here");
        hostListener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        hostAcceptor = new Thread(() -> {
            while (!hostListener.isClosed()) {
                try (Socket ignored = hostListener.accept()) {
                    hostConnections.incrementAndGet();
                } catch (java.io.IOException closed) {
                    return;
                }
            }
        }, "host-loopback-listener");
        hostAcceptor.setDaemon(true);
        hostAcceptor.start();

        classDir = tmp.resolve("class");
        results = tmp.resolve("results");
        String solution = Files.readString(CommandTest.REAL_HOME.resolve("solutions/01-echo/EchoServer.java"));
        String stub = Files.readString(CommandTest.REAL_HOME.resolve("lessons/01-echo/EchoServer.java"));
        for (String honest : HONEST) {
            write(honest, solution.replace("public class EchoServer", "// " + MARKER + "\npublic class EchoServer"));
            // the honest ones finish the browser client too: every check of the lesson passes, none is left to chance
            Files.copy(CommandTest.REAL_HOME.resolve("solutions/01-echo/client.js"),
                    classDir.resolve(honest).resolve("01-echo/client.js"));
        }
        // Another student's files through symbolic links, which the worker would read with the instructor's rights:
        // a file, the lesson folder, the lessons/ folder of a whole clone, and the student folder itself.
        Path linksAFile = Files.createDirectories(classDir.resolve("links-a-file").resolve("01-echo"));
        Files.createSymbolicLink(linksAFile.resolve("EchoServer.java"), Path.of("../../honest-1/01-echo/EchoServer.java"));
        Files.createSymbolicLink(linksAFile.resolve("client.js"), Path.of("../../honest-1/01-echo/client.js"));
        Files.createSymbolicLink(Files.createDirectories(classDir.resolve("links-the-folder")).resolve("01-echo"),
                Path.of("../honest-2/01-echo"));
        Files.createSymbolicLink(Files.createDirectories(classDir.resolve("links-its-lessons")).resolve("lessons"),
                Path.of("../honest-3"));
        Files.createSymbolicLink(classDir.resolve("links-a-student"), Path.of("honest-1"));
        // Files the worker itself would choke on: a source of 17 MiB, and a named pipe where a source should be.
        write("too-large", solution + "//" + "x".repeat(17 * 1024 * 1024) + "\n");
        // and 1200 small files in 600 folders: the bounded walk must not lose count among the folders
        write("many-folders", solution);
        for (int i = 0; i < 600; i++) {
            Path folder = Files.createDirectories(classDir.resolve("many-folders/01-echo/notes/n" + i));
            Files.writeString(folder.resolve("a.txt"), "a");
            Files.writeString(folder.resolve("b.txt"), "b");
        }
        Path pipe = Files.createDirectories(classDir.resolve("named-pipe").resolve("01-echo")).resolve("EchoServer.java");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo made the pipe").isTrue();
        Map<String, String[]> attacks = new LinkedHashMap<>();
        attacks.put("forged-report", new String[] {stub, HostileCode.FORGED_REPORT});
        attacks.put("reads-others", new String[] {solution, HostileCode.READS_OTHERS});
        attacks.put("writes-outside", new String[] {solution, HostileCode.WRITES_OUTSIDE});
        attacks.put("hides-its-errors", new String[] {stub, HostileCode.REFLECTION});
        attacks.put("kills-the-grader", new String[] {solution, HostileCode.KILLS});
        attacks.put("fork-bomb", new String[] {solution, HostileCode.FORK_BOMB});
        attacks.put("thread-bomb", new String[] {solution, HostileCode.THREAD_BOMB});
        attacks.put("fills-the-disk", new String[] {solution, HostileCode.FILLS_DISK});
        attacks.put("exit-at-load", new String[] {solution, "static {\n        System.exit(7);\n    }\n"});
        attacks.put("halt-at-load", new String[] {solution, "static {\n        Runtime.getRuntime().halt(0);\n    }\n"});
        attacks.put("loop-at-load", new String[] {solution, HostileCode.ENDLESS_STATIC});
        attacks.put("gigabyte-of-output", new String[] {solution, HostileCode.GIGABYTE});
        attacks.put("leaves-loopback", new String[] {solution, HostileCode.LEAVES_LOOPBACK});
        for (Map.Entry<String, String[]> attack : attacks.entrySet()) {
            String code = attack.getValue()[1].replace("@RESULTS@", results.toString()).replace("@CLASS@", classDir.toString())
                    .replace("@TMP@", tmp.toString()).replace("@HOME@", CommandTest.REAL_HOME.toString())
                    .replace("@HOSTPORT@", String.valueOf(hostListener.getLocalPort()));
            write(attack.getKey(), attack.getValue()[0].replace("    public EchoServer(int port) {",
                    "    " + code + "\n" + HostileCode.HELPERS + "\n    public EchoServer(int port) {"));
        }
        try {
            exitCode = Workbook.commandLine().setOut(new PrintWriter(out, true)).execute("grade-class", classDir.toString(),
                    "--lessons", "01", "--out", results.toString(), "--lang", "en", "--jobs", "2", "--timeout", "30s");
        } finally {
            System.out.println(out);
        }
        if (System.getenv("HOSTILE_DEBUG") != null) {
            StringBuilder all = new StringBuilder();
            try (var logs = Files.walk(results)) {
                for (Path log : logs.filter(p -> p.getFileName().toString().equals("output.log")).toList()) {
                    byte[] bytes = Files.readAllBytes(log);
                    all.append("== ").append(log).append('\n').append(new String(bytes, 0, Math.min(bytes.length, 3000), StandardCharsets.ISO_8859_1)).append('\n');
                }
            }
            Files.writeString(Path.of(System.getenv("HOSTILE_DEBUG")), all);
        }
        List<String> lines = Files.readAllLines(results.resolve("grades.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", 2);
            rows.put(fields[0], new String[] {line.split(",")[1], fields[1]});
        }
    }

    @AfterAll
    void closeListener() throws Exception {
        if (hostListener != null) {
            hostListener.close();
        }
    }

    @Test
    @DisplayName("the honest students get every point, whatever the attackers did beside them")
    void honestStudentsAreUntouched() throws Exception {
        assertThat(exitCode).isZero();
        for (String honest : HONEST) {
            JsonNode json = new ObjectMapper().readTree(results.resolve(honest).resolve("01-echo/results.json").toFile());
            assertThat(points(honest)).as("%s: %s%nthe checks it failed: %s", honest, row(honest), FailedChecks.in(json)).isEqualTo(18);
            assertThat(json.get("status").asText()).as(honest).isEqualTo("pass");
            assertThat(log(honest)).as(honest).contains("Client connected").doesNotContain("OK ");
        }
    }

    @Test
    @DisplayName("a forged report (read the command line, write the results, halt) scores nothing and writes nothing")
    void forgedReport() throws Exception {
        assertThat(points("forged-report")).isZero();
        assertThat(row("forged-report")).contains("the server process ended without saying why (exit code 0: Runtime.halt? a crash?);")
                // quoted by one of the attack's own lines; which one came last varies from run to run
                .containsPattern("its last line: \"+(…|CMDLINE|WRITE-DENIED)");
        assertThat(log("forged-report")).contains("CMDLINE ", "WRITE-DENIED " + results).doesNotContain(WRITE_OK);
        assertNoFileWritten();
    }

    @Test
    @DisplayName("another submission, the solutions, the results and secrets cannot be read")
    void readingOthers() throws Exception {
        String log = log("reads-others");
        assertThat(log).contains("READ-DENIED ").doesNotContain("READ-OK", MARKER);
        for (String listed : log.lines().filter(line -> line.startsWith("LIST-OK ")).toList()) {
            // A workbook kept under /home has its jars bound there, so bwrap makes the folders on the way (/home/NAME):
            // /home may list those, and nothing else may be listed at all.
            assertThat(listed).as("a folder the submission could list").startsWith("LIST-OK /home [").endsWith("]");
            for (String entry : listed.substring("LIST-OK /home [".length(), listed.length() - 1).split(", ")) {
                assertThat(CommandTest.REAL_HOME.startsWith(Path.of(entry))).as("%s is on the way to the workbook", entry).isTrue();
            }
        }
        assertThat(points("reads-others")).isEqualTo(13);
    }

    @Test
    @DisplayName("another student's files through a symbolic link (a file, the lesson folder, lessons/, the student folder) are not graded")
    void symbolicLinks() throws Exception {
        for (String linker : List.of("links-a-file", "links-the-folder", "links-its-lessons", "links-a-student")) {
            assertThat(points(linker)).as(linker).isZero();
            assertThat(row(linker)).as(linker).contains("a symbolic link: " + linker,
                    "only the student's own files are graded: put the file itself there");
        }
        assertThat(row("links-a-file")).contains("a symbolic link: links-a-file/01-echo/EchoServer.java");
        assertThat(row("links-its-lessons")).contains("a symbolic link: links-its-lessons/lessons ");
    }

    @Test
    @DisplayName("a lesson folder of 17 MiB or of 1200 files, and a named pipe for a source, are not read: the worker stays unhurt")
    void filesTheWorkerWouldChokeOn() {
        assertThat(points("too-large")).isZero();
        assertThat(row("too-large")).contains("the lesson folder is too large: 17 MiB (at most 16 MiB in 1000 files)");
        assertThat(points("many-folders")).isZero();
        assertThat(row("many-folders")).contains("the lesson folder is too large: more than 1000 files");
        assertThat(points("named-pipe")).isZero();
        assertThat(row("named-pipe")).contains("neither a file nor a folder: named-pipe/01-echo/EchoServer.java");
    }

    @Test
    @DisplayName("nothing outside the scratch folder can be written: not the class, the grader's files, the home, /tmp")
    void writingOutside() throws Exception {
        assertThat(log("writes-outside")).contains("SCRATCH-OK", "WRITE-DENIED " + CommandTest.REAL_HOME)
                .doesNotContain(WRITE_OK);
        assertThat(tmp.getRoot().resolve("tmp").resolve("pwned-" + tmp.getFileName())).doesNotExist();
        assertNoFileWritten();
        assertThat(points("writes-outside")).isEqualTo(13);
    }

    @Test
    @DisplayName("forging its own process's answers (errors hidden by reflection) does not pass the checks on the wire")
    void forgedInsideAnswers() throws Exception {
        assertThat(log("hides-its-errors")).doesNotContain("GRADER-FOUND");
        assertThat(points("hides-its-errors")).as(row("hides-its-errors")).isLessThanOrEqualTo(2);
    }

    @Test
    @DisplayName("the grader can be neither seen nor signalled from the sandbox; killing everything kills only the attacker")
    void killingTheGrader() throws Exception {
        assertThat(log("kills-the-grader")).contains("SAW ").doesNotContain("GRADER-SEEN");
        assertThat(exitCode).isZero();
        // kill -9 -1 spares only the kill command itself: the attacker's own server goes down, and nothing else
        assertThat(row("kills-the-grader")).contains("the server process ended without saying why (exit code 137");
        assertThat(points("kills-the-grader")).isZero();
    }

    @Test
    @DisplayName("a fork bomb and a thread bomb stop at the process limit and leave nothing running")
    void bombs() throws Exception {
        assertThat(row("fork-bomb")).isNotNull();
        assertThat(row("thread-bomb")).isNotNull();
        assertThat(log("thread-bomb")).containsPattern("THREADS-STOPPED-AT \\d+|unable to create native thread");
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains("workbook.tools.classgrade") || c.contains("b | b")))
                .as("processes of the grading left running").isEmpty();
    }

    @Test
    @DisplayName("filling the disk stops at the sandbox's small scratch folder")
    void fillingTheDisk() throws Exception {
        String said = log("fills-the-disk");
        assertThat(said).contains("DISK-FULL-AT ");
        long written = Long.parseLong(said.substring(said.indexOf("DISK-FULL-AT ") + 13).lines().findFirst().orElseThrow().trim());
        assertThat(written).isLessThanOrEqualTo(17L * 1024 * 1024);
        assertThat(points("fills-the-disk")).isEqualTo(13);
    }

    @Test
    @DisplayName("System.exit, Runtime.halt and an endless loop at class load cost only their own points, named")
    void classLoadEndings() throws Exception {
        assertThat(points("exit-at-load")).isZero();
        assertThat(row("exit-at-load")).contains("the lesson's code ended its server process: System.exit(7) at EchoServer.<clinit>");
        assertThat(points("halt-at-load")).isZero();
        assertThat(row("halt-at-load")).contains("the server process ended without a word (exit code 0");
        assertThat(points("loop-at-load")).isZero();
        assertThat(row("loop-at-load")).contains("still running after grading (endless loop?)", "EchoServer.<clinit>");
    }

    @Test
    @DisplayName("a gigabyte of output is cut off after 64 MiB; output.log keeps 64 KiB")
    void gigabyteOfOutput() throws Exception {
        assertThat(points("gigabyte-of-output")).isZero();
        assertThat(row("gigabyte-of-output")).contains("output flood: printed over 67.");
        assertThat(Files.size(results.resolve("gigabyte-of-output/01-echo/output.log"))).isLessThan(70 * 1024);
    }

    @Test
    @DisplayName("the host's loopback cannot be reached from the sandbox")
    void hostNetwork() throws Exception {
        assertThat(log("leaves-loopback")).contains("NET-DENIED").doesNotContain("NET-OK");
        assertThat(hostConnections.get()).isZero();
        assertThat(points("leaves-loopback")).isEqualTo(13);
    }

    private void assertNoFileWritten() throws Exception {
        try (var all = Files.walk(tmp)) {
            assertThat(all.filter(p -> p.getFileName().toString().startsWith("pwned"))).as("files the attacks wrote").isEmpty();
        }
        assertThat(results.resolve("honest-1/01-echo/results.json")).content(StandardCharsets.UTF_8).doesNotContain("pwned");
    }

    private int points(String student) {
        return Integer.parseInt(rows.get(student)[0]);
    }

    private String row(String student) {
        return rows.get(student) == null ? null : rows.get(student)[1];
    }

    private String log(String student) throws Exception {
        return Files.readString(results.resolve(student).resolve("01-echo/output.log"), StandardCharsets.UTF_8);
    }

    private void write(String student, String source) throws Exception {
        Path folder = Files.createDirectories(classDir.resolve(student).resolve("01-echo"));
        Files.writeString(folder.resolve("EchoServer.java"), source, StandardCharsets.UTF_8);
    }

    /** bubblewrap is on the PATH, or this is CI, where its absence must fail the sandbox tests rather than skip them. */
    static boolean sandboxExpected() {
        if ("true".equals(System.getenv("CI"))) {
            return true;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "bwrap"))) {
                return true;
            }
        }
        return false;
    }
}
