package workbook.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.tools.files.StudentFiles;

/**
 * For the workbook's maintainers: copies each untouched stub of {@code lessons/} into the pristine copies that
 * {@code reset} restores ({@code tools/src/main/stubs/}). Refuses a file that no longer throws the stub's exception.
 */
@Command(name = "pristine", hidden = true, mixinStandardHelpOptions = true,
        description = "Maintainers: refresh tools/src/main/stubs/ from the untouched stubs in lessons/ (then commit).")
final class PristineCommand implements Callable<Integer> {

    @Option(names = "--update", required = true, description = "write the copies")
    boolean update;

    @Override
    public Integer call() throws IOException {
        Path home = WorkbookHome.get();
        int refused = 0;
        for (Lesson lesson : Lessons.all()) {
            Path folder = home.resolve("lessons").resolve(lesson.folder());
            List<Path> sources = StudentFiles.in(folder).stream().map(folder::resolve).toList();
            if (sources.isEmpty()) {
                System.out.println("  skip " + lesson.id() + ": no .java file in " + home.relativize(folder));
                continue;
            }
            for (Path file : sources) {
                refused += copy(home, lesson, folder.relativize(file).toString().replace('\\', '/'), file);
            }
        }
        return refused == 0 ? 0 : 1;
    }

    /** Copies one stub file; returns 1 when it was refused because it no longer looks like a stub. */
    private static int copy(Path home, Lesson lesson, String name, Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        if (!PristineStubs.looksLikeAStub(source)) {
            System.out.println("  REFUSED " + lesson.id() + ": " + home.relativize(file)
                    + " is no longer the stub (solved?)");
            return 1;
        }
        Path copy = home.resolve(PristineStubs.SOURCE_FOLDER).resolve(lesson.folder())
                .resolve(name + PristineStubs.SUFFIX);
        Files.createDirectories(copy.getParent());
        boolean same = Files.isRegularFile(copy) && Files.readString(copy, StandardCharsets.UTF_8).equals(source);
        if (!same) {
            Files.writeString(copy, source, StandardCharsets.UTF_8);
        }
        System.out.println("  " + (same ? "same " : "wrote ") + lesson.id() + ": " + home.relativize(copy));
        return 0;
    }
}
