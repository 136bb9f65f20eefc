package workbook.tools.learner;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.tools.cli.LessonArg;
import workbook.tools.cli.Terminal;
import workbook.tools.cli.WorkbookCommand;
import workbook.tools.files.StudentFiles;

/**
 * {@code ./workbook solution NN}: the difference between the learner's file and the reference, as a unified diff,
 * shown once the lesson has passed (or with {@code --force}, after a warning).
 */
@Command(name = "solution",
        description = {"내 파일과 참고 답안의 차이(diff)를 보여 줍니다. 레슨을 통과한 뒤에만 볼 수 있습니다 (--force 로 미리 보기).",
                "Shows the diff between your file and the reference solution, once the lesson passes (--force to look before)."})
public final class SolutionCommand extends WorkbookCommand {

    @Mixin LessonArg.Required nn;

    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String CYAN = "\u001b[36m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    @Option(names = "--force", description = "통과하기 전에 봅니다 (배움을 건너뛰게 됩니다) / look before the lesson passes")
    boolean force;

    @Override
    protected int run(Lang lang, Path home) throws IOException {
        Lesson lesson = nn.lesson();
        Path solutions = LessonArg.folder(home, "solutions", lesson);
        PrintWriter out = io.out();
        PrintWriter err = io.err();
        if (force) {
            err.println(io.say("⚠ " + lesson.id() + "번 레슨을 아직 통과하지 않았다면, 지금 답을 보면 스스로 풀어 볼 기회를 잃습니다. (--force)",
                    "⚠ If lesson " + lesson.id() + " has not passed yet, looking now takes away the chance to solve it yourself. (--force)"));
        } else if (!passed(home, lesson, lang, err)) {
            out.println(io.say("아직 통과하지 않은 레슨입니다: " + lesson.label(lang) + ". 참고 답안은 통과한 뒤에 보여 드립니다.\n"
                            + "  남은 것 보기: ./workbook check " + lesson.id() + "   힌트: ./workbook hint " + lesson.id() + "\n"
                            + "  그래도 지금 보려면: ./workbook solution " + lesson.id() + " --force",
                    "Lesson " + lesson.label(lang) + " has not passed yet; the reference is shown once it does.\n"
                            + "  What is left: ./workbook check " + lesson.id() + "   A hint: ./workbook hint " + lesson.id() + "\n"
                            + "  To look anyway: ./workbook solution " + lesson.id() + " --force"));
            return 1;
        }
        boolean colour = Terminal.stdout() && System.getenv("NO_COLOR") == null;
        boolean anyDifference = false;
        for (String name : StudentFiles.in(solutions)) {
            Path reference = solutions.resolve(name);
            Path mine = home.resolve("lessons").resolve(lesson.folder()).resolve(name);
            List<String> theirs = Files.readAllLines(reference, StandardCharsets.UTF_8);
            List<String> ours = Files.isRegularFile(mine) ? Files.readAllLines(mine, StandardCharsets.UTF_8) : List.of();
            Patch<String> patch = DiffUtils.diff(ours, theirs);
            if (patch.getDeltas().isEmpty()) {
                continue;
            }
            anyDifference = true;
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("lessons/" + lesson.folder() + "/" + name,
                    "solutions/" + lesson.folder() + "/" + name, ours, patch, 3);
            diff.forEach(line -> out.println(colour ? paint(line) : line));
        }
        if (!anyDifference) {
            out.println(io.say("내 파일이 참고 답안과 똑같습니다.", "Your file is the same as the reference solution."));
        } else {
            out.println();
            out.println(io.say("- 는 내 파일에만 있는 줄, + 는 참고 답안에만 있는 줄입니다. 통과했다면 다른 풀이도 정답입니다.",
                    "- lines are only in your file, + lines only in the reference. If yours passes, it is right too."));
        }
        return 0;
    }

    /** Passed once according to the progress file, or passes now (the progress file is only a convenience). */
    private boolean passed(Path home, Lesson lesson, Lang lang, PrintWriter err) throws IOException {
        Progress progress = new Progress(home, err);
        if (progress.of(lesson).passedOnce()) {
            return true;
        }
        if (!Files.isDirectory(home.resolve("lessons").resolve(lesson.folder()))) {
            return false;
        }
        err.println(io.say("통과했는지 채점해 보는 중… / checking whether it passes…", "Checking whether the lesson passes…"));
        return StudentCheck.run(home, lesson, lang, progress).allPassed();
    }

    private static String paint(String line) {
        if (line.startsWith("+++") || line.startsWith("---")) {
            return BOLD + line + RESET;
        }
        if (line.startsWith("@@")) {
            return CYAN + line + RESET;
        }
        if (line.startsWith("+")) {
            return GREEN + line + RESET;
        }
        if (line.startsWith("-")) {
            return RED + line + RESET;
        }
        return line;
    }
}
