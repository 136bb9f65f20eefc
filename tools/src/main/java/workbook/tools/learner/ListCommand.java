package workbook.tools.learner;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.tools.cli.Columns;
import workbook.tools.cli.WorkbookCommand;

/** {@code ./workbook list}: every lesson, done or pending, its last score, and the current one marked. */
@Command(name = "list",
        description = {"모든 레슨의 상태(완료/미완료)와 점수를 보여 줍니다. ▶ 가 지금 할 레슨입니다.",
                "Lists every lesson, done or pending, with its last score; ▶ marks the current one."})
public final class ListCommand extends WorkbookCommand {


    @Override
    protected int run(Lang lang, Path home) {
        PrintWriter out = io.out();
        Progress progress = new Progress(home, io.err());
        Progress.Data data = progress.read();
        Optional<Lesson> current = progress.current();
        int titleWidth = Lessons.all().stream().mapToInt(l -> Columns.width(l.label(lang))).max().orElse(10) + 2;
        out.println("  " + Columns.pad(io.say("레슨", "Lesson"), titleWidth) + Columns.pad(io.say("상태", "Status"), 12)
                + Columns.pad(io.say("점수", "Score"), 9) + io.say("힌트", "Hints"));
        for (Lesson lesson : Lessons.all()) {
            Progress.Entry entry = data.lessons().getOrDefault(lesson.id(), Progress.Entry.NONE);
            String mark = current.filter(lesson::equals).isPresent() ? "▶ " : "  ";
            String status;
            if (!Files.isDirectory(home.resolve("lessons").resolve(lesson.folder()))) {
                status = io.say("폴더 없음", "no folder");
            } else if (entry.done()) {
                status = io.say("✓ 완료", "✓ done");
            } else {
                status = io.say("· 미완료", "· pending");
            }
            String score = entry.checked() ? entry.passed() + "/" + entry.total() : "–";
            String hints = entry.hintsShown() + "/" + lesson.hints().size();
            out.println(mark + Columns.pad(lesson.label(lang), titleWidth) + Columns.pad(status, 12)
                    + Columns.pad(score, 9) + hints);
        }
        out.println();
        if (current.isPresent()) {
            Lesson now = current.get();
            out.println(io.say("지금 할 레슨: " + now.label(lang) + " — lessons/" + now.folder()
                            + "/README.md 를 읽고 ./workbook check " + now.id() + " (또는 ./workbook watch)",
                    "Current lesson: " + now.label(lang) + " — read lessons/" + now.folder()
                            + "/README.md, then ./workbook check " + now.id() + " (or ./workbook watch)"));
        } else {
            out.println(io.say("모든 레슨을 통과했습니다! 🎉", "Every lesson passed! 🎉"));
        }
        out.println(io.say("진행 기록: .workbook/" + Progress.FILE + " (지워도 됩니다; 점수는 다음 check 때 다시 기록됩니다)",
                "Progress: .workbook/" + Progress.FILE + " (safe to delete; the next check records the score again)"));
        return 0;
    }
}
