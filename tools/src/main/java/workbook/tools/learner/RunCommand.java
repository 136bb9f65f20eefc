package workbook.tools.learner;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.LessonBuild;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.SourceCompiler;
import workbook.grader.core.server.Target;
import workbook.tools.cli.LessonArg;
import workbook.tools.cli.UsageError;
import workbook.tools.cli.WorkbookCommand;

/** {@code ./workbook run NN}: compiles the lesson and runs its class's own {@code main}, as the tutorial runs node. */
@Command(name = "run",
        description = {"레슨 클래스의 main 을 직접 실행합니다 (레슨 07: http://localhost:8000). Ctrl-C 로 멈춥니다.",
                "Runs the lesson class's own main (lesson 07: http://localhost:8000). Ctrl-C stops it."})
public final class RunCommand extends WorkbookCommand {

    @Option(names = "--solution", description = "참고 답안을 실행합니다 / run the reference solution")
    boolean solution;

    @Mixin LessonArg.Required nn;

    @Override
    protected int run(Lang lang, Path home) throws Exception {
        PrintStream out = io.outStream();
        Lesson lesson = nn.lesson();
        String root = solution ? StudentCheck.SOLUTIONS : StudentCheck.LESSONS;
        LessonArg.folder(home, root, lesson);
        SourceCompiler.Result compiled = LessonBuild.compile(lesson, home.resolve(root), LessonBuild.cacheRoot(home, root));
        if (!compiled.ok()) {
            CompileErrors.print(out, compiled, home, lang);
            return 1;
        }
        Method main = mainOf(new Target.CompiledClasses(compiled.classes()).load(lesson.className()), lesson);
        try {
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            io.err().println("workbook run: " + lesson.simpleClassName() + ".main: " + e.getCause());
            return 1;
        }
        out.println(io.say("멈추려면 Ctrl-C", "Press Ctrl-C to stop."));
        new CountDownLatch(1).await(); // the lesson's server runs until Ctrl-C ends the JVM
        return 0;
    }

    private static Method mainOf(Class<?> type, Lesson lesson) {
        Method main;
        try {
            main = type.getMethod("main", String[].class);
        } catch (NoSuchMethodException e) {
            throw new UsageError("이 레슨 클래스에는 main 이 없습니다. ./workbook serve 로 보세요"
                    + " / this lesson's class has no main: use ./workbook serve");
        }
        if (!Modifier.isStatic(main.getModifiers())) {
            throw new UsageError(lesson.simpleClassName() + " 에는 static main 이 없습니다 / has no static main");
        }
        return main;
    }
}
