package workbook.tools;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.grader.core.words.Lang;

/** {@code ./workbook watch}: grades the current lesson on every save and moves on when it passes. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"지금 레슨을 저장할 때마다 채점하고, 통과하면 다음 레슨으로 넘어갑니다. Enter: 지금 채점, Ctrl-C: 끝내기.",
                "Grades the current lesson on every save and moves on when it passes. Enter: grade now; Ctrl-C: quit."})
final class WatchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NN",
            description = "시작할 레슨 (없으면 아직 통과하지 못한 첫 레슨) / lesson to start with (default: the first not yet passed)")
    String lessonId;

    @Option(names = "--poll", description = "파일 변경 알림이 오지 않는 파일 시스템에서: 0.5초마다 파일을 살핍니다 / "
            + "for file systems without change events: look at the files twice a second")
    boolean poll;

    @Option(names = "--lang", defaultValue = "ko", paramLabel = "ko|en", description = "메시지 언어 / language (ko, en)")
    String lang;

    @Override
    public Integer call() throws Exception {
        Lang language;
        Lesson start;
        try {
            language = Lang.parse(lang);
            Progress progress = new Progress(WorkbookHome.get());
            start = lessonId != null ? LessonArg.find(lessonId) : progress.current().orElse(null);
        } catch (UsageError | IllegalArgumentException e) {
            System.err.println("workbook watch: " + e.getMessage());
            return Workbook.USAGE;
        }
        if (start == null) {
            System.out.println(language == Lang.KO ? "모든 레슨을 통과했습니다! 다시 보려면 ./workbook watch 01 처럼 레슨을 적으세요."
                    : "Every lesson has passed! To watch one again, name it: ./workbook watch 01");
            return 0;
        }
        PrintStream console = System.out;
        Watcher watcher = new Watcher(WorkbookHome.get(), start, language, poll, System.in, console);
        Thread ctrlC = new Thread(() -> {
            watcher.close();
            console.println();
            console.println(language == Lang.KO ? "watch 를 마칩니다." : "watch stopped.");
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
