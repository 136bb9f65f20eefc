package workbook.tools.learner;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workbook.grader.core.Lang;
import workbook.grader.core.LessonBuild;
import workbook.grader.core.Lessons.Lesson;
import workbook.grader.core.SourceCompiler;
import workbook.grader.core.Target;
import workbook.grader.core.WorkbookHome;
import workbook.tools.cli.LanguageOption;
import workbook.tools.cli.LessonArg;
import workbook.tools.cli.UsageError;
import workbook.tools.cli.WriterStream;

/** {@code ./workbook run NN}: compiles the lesson and runs its class's own {@code main}, as the tutorial runs node. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"레슨 클래스의 main 을 직접 실행합니다 (레슨 07: http://localhost:8000). Ctrl-C 로 멈춥니다.",
                "Runs the lesson class's own main (lesson 07: http://localhost:8000). Ctrl-C stops it."})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NN", description = "레슨 번호 / lesson number")
    String lessonId;

    @Option(names = "--solution", description = "참고 답안을 실행합니다 / run the reference solution")
    boolean solution;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintStream out = WriterStream.of(spec.commandLine().getOut());
        Lang lang = language.get();
        Lesson lesson = LessonArg.find(lessonId);
        Path home = WorkbookHome.get();
        String root = solution ? StudentCheck.SOLUTIONS : StudentCheck.LESSONS;
        LessonArg.folder(home, root, lesson);
        SourceCompiler.Result compiled = LessonBuild.compile(lesson, home.resolve(root),
                home.resolve(".workbook").resolve("classes").resolve(root));
        if (!compiled.ok()) {
            CompileErrors.print(out, compiled, home, lang);
            return 1;
        }
        Method main = mainOf(new Target.CompiledClasses(compiled.classes()).load(lesson.className()), lesson);
        try {
            main.invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            spec.commandLine().getErr().println("workbook run: " + lesson.simpleClassName() + ".main: " + e.getCause());
            return 1;
        }
        out.println(language.say("멈추려면 Ctrl-C", "Press Ctrl-C to stop."));
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
