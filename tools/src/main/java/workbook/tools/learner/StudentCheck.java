package workbook.tools.learner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import workbook.grader.browser.ClientBrowser;
import workbook.grader.browser.ClientCheckExtension;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.LessonBuild;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.SourceCompiler;
import workbook.grader.core.server.Target;
import workbook.grader.run.GradeRunner;
import workbook.grader.run.LessonResult;
import workbook.tools.cli.LessonArg;
import workbook.tools.cli.UsageError;
import workbook.tools.redis.RedisOptions;

/**
 * Compiles a lesson folder (once per content) and grades it in this JVM: the one way {@code check}, {@code watch} and
 * {@code solution} grade local code. The learner's folder ({@code lessons/}) gets its score recorded; the reference
 * ({@code solutions/}) does not.
 */
final class StudentCheck {

    static final String LESSONS = "lessons";
    static final String SOLUTIONS = "solutions";

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
    static Outcome run(Path home, Lesson lesson, Lang lang, Progress progress) throws IOException {
        return run(home, LESSONS, lesson, lang, Map.of(), progress);
    }

    /**
     * Grades {@code <root>/<folder>}, {@code root} being {@link #LESSONS} or {@link #SOLUTIONS}.
     *
     * @param extra more configuration parameters for the checks ({@code workbook.period}, Redis addresses)
     */
    static Outcome run(Path home, String root, Lesson lesson, Lang lang, Map<String, String> extra, Progress progress)
            throws IOException {
        Path folder = LessonArg.folder(home, root, lesson);
        try {
            Class.forName(lesson.checks());
        } catch (ClassNotFoundException e) {
            throw new UsageError("this grader has no checks for lesson " + lesson.id() + " yet (" + lesson.checks()
                    + "): update the workbook / 이 채점기에는 아직 레슨 " + lesson.id() + " 의 검사가 없습니다");
        }
        if (RedisOptions.missingRedis(lesson)) {
            throw new UsageError(workbook.grader.lessons.redis.LocalRedis.HOW_TO_INSTALL);
        }
        boolean learners = root.equals(LESSONS);
        ClientBrowser.warmUpFor(lesson, folder);
        SourceCompiler.Result compiled = LessonBuild.compile(lesson, home.resolve(root), LessonBuild.cacheRoot(home, root));
        if (!compiled.ok()) {
            if (learners) {
                progress.recordCompileErrors(lesson);
            }
            return new Outcome(compiled, null);
        }
        Map<String, String> parameters = new HashMap<>(extra);
        parameters.put(ClientCheckExtension.CLIENT_PARAMETER, folder.toString());
        LessonResult result = GradeRunner.run(lesson, Target.classes(compiled.classes()), lang, parameters);
        if (learners) {
            progress.recordScore(lesson, result.passed(), result.total());
        }
        return new Outcome(compiled, result);
    }
}
