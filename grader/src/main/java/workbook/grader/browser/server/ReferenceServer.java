package workbook.grader.browser.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import workbook.grader.core.lesson.LessonBuild;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.SourceCompiler;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.server.Target;

/** The lesson's reference server, compiled from {@code solutions/} (once per content) and started on port 0. */
public final class ReferenceServer {

    private static final Duration START_BOUND = Duration.ofSeconds(3);

    private ReferenceServer() {
    }

    /** Compiles the reference in the background (once per content), so that a check does not wait for javac. */
    public static void precompile(Lesson lesson) {
        Thread compiling = new Thread(() -> {
            try {
                compile(lesson);
            } catch (IOException | RuntimeException e) {
                // the check that needs the reference compiles it again and reports what goes wrong
            }
        }, "workbook-compiles-reference-" + lesson.id());
        compiling.setDaemon(true);
        compiling.start();
    }

    private static SourceCompiler.Result compile(Lesson lesson) throws IOException {
        Path home = WorkbookHome.get();
        return LessonBuild.compile(lesson, home.resolve("solutions"), LessonBuild.cacheRoot(home, "solutions"));
    }

    public static InProcessServer start(Lesson lesson, ServerRecipe recipe) {
        try {
            SourceCompiler.Result compiled = compile(lesson);
            if (!compiled.ok()) {
                throw new IllegalStateException("the reference of lesson " + lesson.id() + " does not compile: " + compiled.errors());
            }
            Class<?> type = new Target.CompiledClasses(compiled.classes()).load(lesson.className());
            return InProcessServer.start(type, recipe, START_BOUND);
        } catch (IOException | ReflectiveOperationException | InProcessServer.ServerStartException e) {
            throw new IllegalStateException("the reference server of lesson " + lesson.id() + " did not start: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
