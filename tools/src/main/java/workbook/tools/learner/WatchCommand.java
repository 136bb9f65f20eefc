package workbook.tools.learner;

import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.tools.cli.LessonArg;
import workbook.tools.cli.WorkbookCommand;

/** {@code ./workbook watch}: grades the current lesson on every save and moves on when it passes. */
@Command(name = "watch",
        description = {"지금 레슨을 저장할 때마다 채점하고, 통과하면 다음 레슨으로 넘어갑니다. Enter: 지금 채점, Ctrl-C: 끝내기.",
                "Grades the current lesson on every save and moves on when it passes. Enter: grade now; Ctrl-C: quit."})
public final class WatchCommand extends WorkbookCommand {

    @Mixin LessonArg.OrCurrent nn;

    @Option(names = "--poll", description = "파일 변경 알림이 오지 않는 파일 시스템에서: 0.5초마다 파일을 살핍니다 / "
            + "for file systems without change events: look at the files twice a second")
    boolean poll;

    @Override
    protected int run(Lang lang, Path home) throws Exception {
        Progress progress = new Progress(home, io.err());
        Lesson start = nn.typed().or(progress::current).orElse(null);
        PrintStream console = io.outStream();
        if (start == null) {
            console.println(io.say("모든 레슨을 통과했습니다! 다시 보려면 ./workbook watch 01 처럼 레슨을 적으세요.",
                    "Every lesson has passed! To watch one again, name it: ./workbook watch 01"));
            return 0;
        }
        Watcher watcher = new Watcher(home, start, lang, poll, System.in, console);
        Thread ctrlC = new Thread(() -> {
            watcher.close();
            console.println();
            console.println(io.say("watch 를 마칩니다.", "watch stopped."));
        }, "workbook-watch-ctrl-c");
        Runtime.getRuntime().addShutdownHook(ctrlC);
        try (watcher) {
            return watcher.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(ctrlC);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is already running
            }
        }
    }
}
