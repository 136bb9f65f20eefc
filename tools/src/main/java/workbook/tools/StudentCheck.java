package workbook.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import workbook.grader.browser.ClientBrowser;
import workbook.grader.browser.ClientCheckExtension;
import workbook.grader.core.lesson.LessonBuild;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.SourceCompiler;
import workbook.grader.core.words.Lang;
import workbook.grader.run.GradeRunner;
import workbook.grader.run.LessonResult;
import workbook.tools.redis.RedisOptions;

/** Compiles the learner's lesson (once per content) and grades it in this JVM, exactly as {@code check} does. */
final class StudentCheck {

    /** Either compile errors ({@code result} is null) or the graded result. */
    record Outcome(SourceCompiler.Result compiled, LessonResult result) {
        boolean compiles() {
            return compiled.ok();
        }

        boolean allPassed() {
            return result != null && result.allPassed();
        }
    }

    private StudentCheck() {
    }

    /** Grades {@code lessons/<folder>} and records the score in the progress file. */
    static Outcome run(Path home, Lesson lesson, Lang lang) throws IOException {
        LessonArg.folder(home, "lessons", lesson);
        try {
            Class.forName(lesson.checks());
        } catch (ClassNotFoundException e) {
            throw new UsageError("this grader has no checks for lesson " + lesson.id() + " yet (" + lesson.checks()
                    + "): update the workbook / 이 채점기에는 아직 레슨 " + lesson.id() + " 의 검사가 없습니다");
        }
        if (RedisOptions.missingRedis(lesson)) {
            throw new UsageError(workbook.grader.lessons.redis.LocalRedis.HOW_TO_INSTALL);
        }
        ClientBrowser.warmUpFor(lesson, home.resolve("lessons").resolve(lesson.folder()));
        SourceCompiler.Result compiled = LessonBuild.compile(lesson, home.resolve("lessons"),
                home.resolve(".workbook").resolve("classes").resolve("lessons"));
        Progress progress = new Progress(home);
        if (!compiled.ok()) {
            progress.recordCompileErrors(lesson);
            return new Outcome(compiled, null);
        }
        LessonResult result = GradeRunner.run(lesson, "classes:" + compiled.classes(), lang,
                Map.of(ClientCheckExtension.CLIENT_PARAMETER, home.resolve("lessons").resolve(lesson.folder()).toString()));
        progress.recordScore(lesson, result.passed(), result.total());
        return new Outcome(compiled, result);
    }
}
