package workbook.tools.serve;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.tools.cli.Columns;
import workbook.tools.cli.TimeArg;
import workbook.tools.cli.WriterStream;
import workbook.tools.serve.lesson.LessonConsole;
import workbook.tools.serve.status.ServerState;
import workbook.tools.serve.status.ServerStatus;
import workbook.tools.serve.status.Side;
import workbook.tools.serve.status.StatusDocument;

/** {@code ./workbook serve}: every lesson's page, with the student's server and the reference side by side. */
@Command(name = "serve",
        description = {"모든 레슨의 페이지를 열고, 내 서버와 참고 답안 서버를 나란히 실행합니다. Ctrl-C 로 멈춥니다.",
                "Serves every lesson's page and runs your servers and the reference servers side by side. Ctrl-C stops."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "" + ServeConfig.DEFAULT_PORT, paramLabel = "PORT",
            description = "페이지의 포트 (기본 ${DEFAULT-VALUE}; 쓰이고 있으면 빈 포트) / the pages' port (default ${DEFAULT-VALUE}; a free one if taken)")
    int port;

    @Option(names = "--period", defaultValue = "2s", paramLabel = "TIME",
            description = "레슨 06 알림 주기와 레슨 08 하트비트 간격 (기본 ${DEFAULT-VALUE}; 튜토리얼은 5s) / lesson 06's period and lesson 08's heartbeat interval (default ${DEFAULT-VALUE}; the tutorial's is 5s)")
    String period;

    /** The libraries' own start-up chatter (XNIO versions); kept here so the loggers are not collected. */
    private static final Logger[] QUIET = {Logger.getLogger("org.xnio"), Logger.getLogger("io.undertow"),
            Logger.getLogger("org.jboss")};

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Duration notificationPeriod = TimeArg.parse("--period", period);
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
        // Taken before the lesson console replaces System.out, so these lines are not labelled as a lesson's.
        PrintStream out = WriterStream.of(spec.commandLine().getOut());
        out.println("레슨을 컴파일하고 서버를 시작하는 중... / Compiling the lessons and starting their servers...");
        LessonConsole console = LessonConsole.install();
        ServeConfig config = ServeConfig.of(WorkbookHome.get(), port, true, notificationPeriod);
        ServeRunner runner;
        try {
            runner = ServeRunner.start(config, console, out);
        } catch (RuntimeException e) {
            console.close();
            spec.commandLine().getErr().println("workbook serve: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println();
            out.println("모든 서버를 멈추는 중... / Stopping every server...");
            runner.close();
            console.close();
            out.println("멈췄습니다. / Stopped.");
            stopped.countDown();
        }, "serve-shutdown"));
        printSummary(out, runner.status(), runner);
        stopped.await();
        return 0;
    }

    private static void printSummary(PrintStream out, StatusDocument status, ServeRunner runner) {
        out.println();
        for (StatusDocument.Entry entry : status.lessons()) {
            out.println("  " + entry.id() + " " + entry.title().ko() + " · " + entry.title().en());
            for (Side side : Side.values()) {
                ServerStatus server = entry.server(side);
                String where = !server.listening() ? ""
                        : server.http() != null ? server.http() + "  (WebSocket " + server.ws() + ")"
                        : server.instances() != null ? String.join("  ", server.instances()) : server.ws();
                out.println(("     " + pad(side.label().ko() + " / " + side.label().en(), 24)
                        + pad(server.label().ko() + " / " + server.label().en(), 44) + where).stripTrailing());
                boolean worthSaying = server.state() == ServerState.COMPILE_ERROR || server.state() == ServerState.FAILED;
                if (worthSaying && server.detail() != null) {
                    out.println("        " + server.detail().ko());
                    if (!server.detail().ko().equals(server.detail().en())) {
                        out.println("        " + server.detail().en());
                    }
                }
            }
        }
        runner.redisAddress().ifPresent(redis -> out.println("  Redis (레슨 09 / lesson 09): " + redis));
        out.println();
        out.println("브라우저로 여세요 / Open in your browser:  " + runner.address());
        out.println("멈추려면 Ctrl-C / Press Ctrl-C to stop.");
    }

    /** Pads to a width in terminal columns, with at least one space after the text. */
    private static String pad(String text, int columns) {
        return Columns.pad(text, columns - 1) + " ";
    }
}
