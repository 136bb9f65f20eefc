package workbook.tools.learner;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.Lessons.Text;
import workbook.tools.cli.LessonArg;
import workbook.tools.cli.UsageError;
import workbook.tools.cli.WorkbookCommand;

/** {@code ./workbook hint NN}: the next hint of lessons.yaml each time it is asked; the last one stays. */
@Command(name = "hint",
        description = {"레슨의 다음 힌트를 하나 보여 줍니다 (물을 때마다 하나씩). NN 을 빼면 지금 할 레슨입니다.",
                "Shows the lesson's next hint, one more each time. Without NN: the current lesson."})
public final class HintCommand extends WorkbookCommand {

    @Mixin LessonArg.OrCurrent nn;

    @Override
    protected int run(Lang lang, Path home) {
        PrintWriter out = io.out();
        Progress progress = new Progress(home, io.err());
        Lesson lesson = nn.typed().or(progress::current).orElseThrow(
                () -> new UsageError("every lesson has passed: name one, as in ./workbook hint 01 / 레슨 번호를 적어 주세요"));
        List<Text> hints = lesson.hints();
        if (hints.isEmpty()) {
            out.println(io.say("레슨 " + lesson.label(lang) + " 에는 아직 힌트가 없습니다. lessons/" + lesson.folder()
                            + "/README.md 의 과제를 다시 읽어 보세요.",
                    "Lesson " + lesson.label(lang) + " has no hints yet. Read the tasks in lessons/"
                            + lesson.folder() + "/README.md again."));
            return 0;
        }
        int shownBefore = progress.of(lesson).hintsShown();
        int index = Math.min(shownBefore, hints.size() - 1);
        out.println(io.say("힌트 ", "Hint ") + (index + 1) + "/" + hints.size() + "  ·  "
                + io.say("레슨 ", "lesson ") + lesson.label(lang));
        out.println("  " + hints.get(index).msg().in(lang));
        out.println();
        if (index + 1 < hints.size()) {
            out.println(io.say("다음 힌트: ", "Next hint: ") + "./workbook hint " + lesson.id());
        } else {
            out.println(io.say("마지막 힌트입니다. 통과한 뒤에는 ./workbook solution " + lesson.id() + " 로 참고 답안과 비교해 보세요.",
                    "That was the last hint. Once the lesson passes, ./workbook solution " + lesson.id()
                            + " compares your file with the reference."));
        }
        if (shownBefore < hints.size()) {
            progress.recordHintsShown(lesson, index + 1);
        }
        return 0;
    }
}
