package workbook.tools.learner;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import picocli.CommandLine;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.tools.Workbook;
import workbook.tools.cli.CommandErrors;

/**
 * Runs workbook commands as the launcher does, in a small workbook of its own, and keeps what they print through
 * picocli's writers.
 */
public abstract class CommandTest {

    /** The real workbook, where the stubs and solutions come from. */
    public static final Path REAL_HOME = WorkbookHome.get();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String originalHome;

    @BeforeEach
    void rememberHome() {
        originalHome = System.getProperty(WorkbookHome.PROPERTY);
    }

    @AfterEach
    void restore() {
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
        return printingHere(Workbook.commandLine()).execute(args);
    }

    /** One command object (with answers a test gave it) run on its own, with the workbook's error handling. */
    int run(Object command, String... args) {
        return printingHere(CommandErrors.install(new CommandLine(command))).execute(args);
    }

    private CommandLine printingHere(CommandLine cli) {
        return cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    }

    String printed() {
        return out.toString();
    }

    /** A writer for what a command reports on its error writer; the test reads it in {@link #errors()}. */
    PrintWriter errorWriter() {
        return new PrintWriter(err, true);
    }

    String errors() {
        return err.toString();
    }

    void forget() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
