package workbook.tools.learner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.korean.Particles;
import workbook.tools.cli.LessonArg;
import workbook.tools.cli.UsageError;
import workbook.tools.cli.WorkbookCommand;
import workbook.tools.files.PristineStubs;

/** {@code ./workbook reset NN}: puts the stub back, after asking, keeping the learner's file in a backup. */
@Command(name = "reset",
        description = {"레슨 파일을 처음 스텁으로 되돌립니다. 먼저 묻고, 지금 파일은 .workbook/backup/ 에 보관합니다.",
                "Restores the lesson's stub, after asking; your file is kept in .workbook/backup/."})
public final class ResetCommand extends WorkbookCommand {

    @Mixin LessonArg.Required nn;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    @Option(names = {"-y", "--yes"}, description = "묻지 않고 되돌립니다 / reset without asking")
    boolean yes;

    /** Where the answer comes from; a test gives its own. */
    BufferedReader answers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    BooleanSupplier terminal = () -> System.console() != null;

    @Override
    protected int run(Lang lang, Path home) throws IOException {
        PrintWriter out = io.out();
        io.lang(); // an unknown --lang is refused before anything changes
        Lesson lesson = nn.lesson();
        Map<String, String> stubs = PristineStubs.allOf(lesson, home);
        if (stubs.isEmpty()) {
            throw new UsageError("this workbook ships no stub of lesson " + lesson.id() + " ("
                    + PristineStubs.SOURCE_FOLDER + "/" + lesson.folder() + "/) / 이 레슨의 처음 스텁이 없습니다");
        }
        Path folder = home.resolve("lessons").resolve(lesson.folder());
        Map<Path, String> changed = new LinkedHashMap<>();
        for (Map.Entry<String, String> stub : stubs.entrySet()) {
            Path file = folder.resolve(stub.getKey());
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(stub.getValue())) {
                changed.put(file, stub.getValue());
            }
        }
        if (changed.isEmpty()) {
            String shown = shown(home, List.of(folder.resolve(stubs.keySet().iterator().next())));
            out.println(io.say(Particles.fix(shown + " 은(는)") + " 이미 처음 스텁 그대로입니다. 바꾼 것이 없습니다.",
                    shown + " is already the untouched stub. Nothing changed."));
            return 0;
        }
        String shown = shown(home, changed.keySet());
        List<Path> existing = changed.keySet().stream().filter(Files::isRegularFile).toList();
        if (!existing.isEmpty() && !yes && !confirmed(out, shown)) {
            out.println(io.say("되돌리지 않았습니다.", "Nothing changed."));
            return 1;
        }
        if (!existing.isEmpty()) {
            Path backup = backup(home, lesson, existing);
            out.println(io.say("지금 파일을 보관했습니다: " + home.relativize(backup) + "/",
                    "Your files are kept in " + home.relativize(backup) + "/"));
        }
        for (Map.Entry<Path, String> stub : changed.entrySet()) {
            Files.createDirectories(stub.getKey().getParent());
            Files.writeString(stub.getKey(), stub.getValue(), StandardCharsets.UTF_8);
        }
        new Progress(home, io.err()).forgetScore(lesson);
        out.println(io.say(Particles.fix(shown + " 을(를)") + " 처음 스텁으로 되돌렸습니다. 다시 시작해 보세요: ./workbook check " + lesson.id(),
                shown + (changed.size() == 1 ? " is the stub again." : " are the stubs again.")
                        + " Start over with ./workbook check " + lesson.id()));
        return 0;
    }

    private boolean confirmed(PrintWriter out, String shown) throws IOException {
        if (!terminal.getAsBoolean()) {
            throw new UsageError("there is no terminal to ask whether to reset " + shown + ": add --yes to reset without asking"
                    + " / 물어볼 터미널이 없습니다: 묻지 않고 되돌리려면 --yes를 붙이세요");
        }
        out.print(io.say(Particles.fix(shown + " 을(를)") + " 처음 스텁으로 되돌릴까요? 지금 파일은 .workbook/backup/ 에 보관됩니다. [y/N] ",
                "Restore " + shown + " to the stub? Your file will be kept in .workbook/backup/. [y/N] "));
        out.flush();
        String answer = answers.readLine();
        if (answer == null) {
            return false;
        }
        String a = answer.trim().toLowerCase(Locale.ROOT);
        return a.equals("y") || a.equals("yes") || a.equals("예") || a.equals("네") || a.equals("ㅇ");
    }

    private static String shown(Path home, java.util.Collection<Path> files) {
        return String.join(", ", files.stream().map(f -> home.relativize(f).toString()).toList());
    }

    /** Copies the learner's files into a new {@code .workbook/backup/NN-<time>/} and returns that folder. */
    private static Path backup(Path home, Lesson lesson, List<Path> files) throws IOException {
        Path root = home.resolve(".workbook").resolve("backup");
        String name = lesson.id() + "-" + LocalDateTime.now().format(STAMP);
        Path folder = root.resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = root.resolve(name + "-" + n);
        }
        Files.createDirectories(folder);
        Path lessonFolder = home.resolve("lessons").resolve(lesson.folder());
        for (Path file : files) {
            Path kept = folder.resolve(file.startsWith(lessonFolder) ? lessonFolder.relativize(file) : file.getFileName());
            Files.createDirectories(kept.getParent());
            Files.copy(file, kept);
        }
        return folder;
    }
}
