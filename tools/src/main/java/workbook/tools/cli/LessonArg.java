package workbook.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import workbook.grader.core.Lessons;
import workbook.grader.core.Lessons.Lesson;

/** Turns the NN a learner typed into a lesson of lessons.yaml, or a one-line usage error. */
public final class LessonArg {

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
