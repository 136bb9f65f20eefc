package workbook.tools;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.Lessons.Text;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.grader.core.words.Lang;

/** {@code ./workbook hint NN}: the next hint of lessons.yaml each time it is asked; the last one stays. */
@Command(name = "hint", mixinStandardHelpOptions = true,
        description = {"레슨의 다음 힌트를 하나 보여 줍니다 (물을 때마다 하나씩). NN 을 빼면 지금 할 레슨입니다.",
                "Shows the lesson's next hint, one more each time. Without NN: the current lesson."})
final class HintCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NN", description = "레슨 번호 / lesson number")
    String lessonId;

    @Option(names = "--lang", defaultValue = "ko", paramLabel = "ko|en", description = "메시지 언어 / language (ko, en)")
    String lang;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try {
            Lang language = Lang.parse(lang);
            boolean ko = language == Lang.KO;
            Progress progress = new Progress(WorkbookHome.get());
            Lesson lesson = lessonId != null ? LessonArg.find(lessonId) : progress.current().orElseThrow(
                    () -> new UsageError("every lesson has passed: name one, as in ./workbook hint 01 / 레슨 번호를 적어 주세요"));
            List<Text> hints = lesson.hints();
            if (hints.isEmpty()) {
                out.println(ko ? "레슨 " + lesson.label(language) + " 에는 아직 힌트가 없습니다. lessons/" + lesson.folder()
                                + "/README.md 의 과제를 다시 읽어 보세요."
                        : "Lesson " + lesson.label(language) + " has no hints yet. Read the tasks in lessons/"
                                + lesson.folder() + "/README.md again.");
                return 0;
            }
            int shownBefore = progress.of(lesson).hintsShown();
            int index = Math.min(shownBefore, hints.size() - 1);
            out.println((ko ? "힌트 " : "Hint ") + (index + 1) + "/" + hints.size() + "  ·  "
                    + (ko ? "레슨 " : "lesson ") + lesson.label(language));
            out.println("  " + hints.get(index).msg().in(language));
            out.println();
            if (index + 1 < hints.size()) {
                out.println(ko ? "다음 힌트: ./workbook hint " + lesson.id() : "Next hint: ./workbook hint " + lesson.id());
            } else {
                out.println(ko ? "마지막 힌트입니다. 통과한 뒤에는 ./workbook solution " + lesson.id() + " 로 참고 답안과 비교해 보세요."
                        : "That was the last hint. Once the lesson passes, ./workbook solution " + lesson.id()
                                + " compares your file with the reference.");
            }
            if (shownBefore < hints.size()) {
                progress.recordHintsShown(lesson, index + 1);
            }
            return 0;
        } catch (UsageError | IllegalArgumentException e) {
            System.err.println("workbook hint: " + e.getMessage());
            return Workbook.USAGE;
        }
    }
}
