package workbook.grader.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import workbook.grader.core.Lessons.Lesson;

/** Compiles one lesson's folder of a source tree ({@code lessons/}, {@code solutions/} or a student's copy). */
public final class LessonBuild {

    private LessonBuild() {
    }

    /** Compiles {@code root/<lesson folder>/*.java} into a fresh folder under {@code workDir}. */
    public static SourceCompiler.Result compile(Lesson lesson, Path root, Path workDir) throws IOException {
        Path folder = root.resolve(lesson.folder());
        if (!Files.isDirectory(folder)) {
            return new SourceCompiler.Result(null, java.util.List.of(new SourceCompiler.Problem(folder, 0, 0,
                    "the lesson folder is missing / 레슨 폴더가 없습니다")));
        }
        Files.createDirectories(workDir);
        return SourceCompiler.compileFolder(folder, Files.createTempDirectory(workDir, "lesson" + lesson.id() + "-"));
    }
}
