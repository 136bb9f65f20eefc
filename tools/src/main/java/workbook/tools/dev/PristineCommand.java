package workbook.tools.dev;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.tools.files.PristineStubs;
import workbook.tools.files.StudentFiles;

/**
 * For the workbook's maintainers: compares each untouched stub of {@code lessons/} with the pristine copies that
 * {@code reset} restores ({@code tools/src/main/stubs/}), and with {@code --update} writes the copies that differ.
 * Refuses a file that no longer throws the stub's exception. Exit code 1 for a refused file, or, without
 * {@code --update}, for a copy that is out of date.
 */
@Command(name = "pristine",
        description = {"lessons/ 의 처음 스텁과 tools/src/main/stubs/ 의 복사본을 비교합니다. --update: 다른 복사본을 새로 씁니다 (그다음 커밋하세요).",
                "Compares the untouched stubs in lessons/ with their copies in tools/src/main/stubs/; --update rewrites the copies that differ (then commit)."})
public final class PristineCommand implements Callable<Integer> {

    @Option(names = "--update", description = "다른 복사본을 새로 씁니다 / write the copies that differ")
    boolean update;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path home = WorkbookHome.get();
        PrintWriter out = spec.commandLine().getOut();
        int problems = 0;
        for (Lesson lesson : Lessons.all()) {
            Path folder = home.resolve("lessons").resolve(lesson.folder());
            List<Path> sources = StudentFiles.in(folder).stream().map(folder::resolve).toList();
            if (sources.isEmpty()) {
                out.println("  skip " + lesson.id() + ": no .java file in " + home.relativize(folder));
                continue;
            }
            for (Path file : sources) {
                problems += copy(out, home, lesson, folder.relativize(file).toString().replace('\\', '/'), file);
            }
        }
        if (problems > 0 && !update) {
            out.println("  → ./workbook dev pristine --update");
        }
        return problems == 0 ? 0 : 1;
    }

    /** Compares (and with --update copies) one stub file; 1 when it was refused, or differs and was not written. */
    private int copy(PrintWriter out, Path home, Lesson lesson, String name, Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        if (!StudentFiles.looksLikeAStub(source)) {
            out.println("  REFUSED " + lesson.id() + ": " + home.relativize(file)
                    + " is no longer the stub (solved?)");
            return 1;
        }
        Path copy = home.resolve(PristineStubs.SOURCE_FOLDER).resolve(lesson.folder())
                .resolve(name + PristineStubs.SUFFIX);
        boolean same = Files.isRegularFile(copy) && Files.readString(copy, StandardCharsets.UTF_8).equals(source);
        if (!same && update) {
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, source, StandardCharsets.UTF_8);
        }
        out.println("  " + (same ? "same " : update ? "wrote " : "DIFFERS ") + lesson.id() + ": " + home.relativize(copy));
        return same || update ? 0 : 1;
    }
}
