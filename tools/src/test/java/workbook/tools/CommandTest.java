package workbook.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import picocli.CommandLine;
import workbook.grader.core.lesson.WorkbookHome;

/** Runs workbook commands as the launcher does, in a small workbook of its own, and keeps what they print. */
abstract class CommandTest {

    /** The real workbook, where the stubs and solutions come from. */
    static final Path REAL_HOME = WorkbookHome.get();

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

    /** A workbook with lesson 01's stubs (server and client) in lessons/ and its solution in solutions/, used from now on. */
    static Path workbook(Path dir) throws IOException {
        for (String root : new String[] {"lessons", "solutions"}) {
            Path folder = Files.createDirectories(dir.resolve(root).resolve("01-echo"));
            Files.copy(REAL_HOME.resolve(root).resolve("01-echo/EchoServer.java"), folder.resolve("EchoServer.java"));
            Path client = "lessons".equals(root) ? REAL_HOME.resolve("tools/src/main/stubs/01-echo/client.js.stub")
                    : REAL_HOME.resolve(root).resolve("01-echo/client.js");
            Files.copy(client, folder.resolve("client.js"));
        }
        Files.copy(REAL_HOME.resolve("lessons/lessons.yaml"), dir.resolve("lessons/lessons.yaml"));
        System.setProperty(WorkbookHome.PROPERTY, dir.toString());
        return dir;
    }

    /** Solves lesson 01 in that workbook by copying the references over the stubs (server and client). */
    static void solve(Path home) throws IOException {
        Files.copy(home.resolve("solutions/01-echo/EchoServer.java"), home.resolve("lessons/01-echo/EchoServer.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(home.resolve("solutions/01-echo/client.js"), home.resolve("lessons/01-echo/client.js"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    int run(String... args) {
        return Workbook.commandLine().execute(args);
    }

    int run(Object command, String... args) {
        CommandLine cli = Workbook.commandLine();
        return new CommandLine(command).setParameterExceptionHandler(cli.getParameterExceptionHandler())
                .setExitCodeExceptionMapper(cli.getExitCodeExceptionMapper()).execute(args);
    }

    String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    void forget() {
        out.reset();
        err.reset();
    }
}
