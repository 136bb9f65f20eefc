package workbook.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Parameters;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;

/**
 * Turns the NN a learner typed into a lesson of lessons.yaml, or a one-line usage error. The NN itself is declared
 * once, as one of two mixins: {@link Required} or {@link OrCurrent}.
 */
public final class LessonArg {

    /** NN, which the command needs ({@code run}, {@code solution}, {@code reset}). */
    public static final class Required {
        @Parameters(index = "0", paramLabel = "NN", description = "레슨 번호 / lesson number")
        private String id;

        public Lesson lesson() {
            return find(id);
        }
    }

    /** NN, or nothing for the lesson the learner is on ({@code check}, {@code watch}, {@code hint}). */
    public static final class OrCurrent {
        @Parameters(index = "0", arity = "0..1", paramLabel = "NN",
                description = "레슨 번호 (없으면 지금 할 레슨) / lesson number (default: the current lesson)")
        private String id;

        /** The lesson typed, or empty when none was: the caller picks the current one. */
        public Optional<Lesson> typed() {
            return Optional.ofNullable(id).map(LessonArg::find);
        }
    }

    private LessonArg() {
    }

    public static Lesson find(String id) {
        String ids = String.join(", ", Lessons.all().stream().map(Lesson::id).toList());
        return Lessons.find(id).orElseThrow(() -> new UsageError("없는 레슨입니다: '" + id + "'. 이 중에서 고르세요: " + ids
                + " / unknown lesson '" + id + "': choose one of " + ids));
    }

    /** {@code lessons/NN-name/} (or {@code solutions/...}), which must exist for the command to make sense. */
    public static Path folder(Path home, String root, Lesson lesson) {
        Path folder = home.resolve(root).resolve(lesson.folder());
        if (!Files.isDirectory(folder)) {
            throw new UsageError("lesson " + lesson.id() + " has no folder " + root + "/" + lesson.folder()
                    + " in this workbook yet / 이 워크북에는 아직 " + root + "/" + lesson.folder() + " 폴더가 없습니다");
        }
        return folder;
    }

    /** The file the learner completes: {@code lessons/NN-name/ClassName.java}. */
    public static Path lessonFile(Path home, String root, Lesson lesson) {
        return home.resolve(root).resolve(lesson.folder()).resolve(lesson.simpleClassName() + ".java");
    }
}
