package workbook.tools;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workbook.grader.core.lesson.LessonBuild;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.SourceCompiler;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.grader.core.server.Target;
import workbook.grader.core.words.Lang;

/** {@code ./workbook run NN}: compiles the lesson and runs its class's own {@code main}, as the tutorial runs node. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"레슨 클래스의 main 을 직접 실행합니다 (레슨 07: http://localhost:8000). Ctrl-C 로 멈춥니다.",
                "Runs the lesson class's own main (lesson 07: http://localhost:8000). Ctrl-C stops it."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NN", description = "레슨 번호 / lesson number")
    String lessonId;

    @Option(names = "--solution", description = "참고 답안을 실행합니다 / run the reference solution")
    boolean solution;

    @Option(names = "--lang", defaultValue = "ko", paramLabel = "ko|en", description = "메시지 언어 / language (ko, en)")
    String lang;

    @Override
    public Integer call() throws Exception {
        try {
            Lang language = Lang.parse(lang);
            Lesson lesson = LessonArg.find(lessonId);
            Path home = WorkbookHome.get();
            String root = solution ? "solutions" : "lessons";
            LessonArg.folder(home, root, lesson);
            SourceCompiler.Result compiled = LessonBuild.compile(lesson, home.resolve(root),
                    home.resolve(".workbook").resolve("classes").resolve(root));
            if (!compiled.ok()) {
                CompileErrors.print(System.out, compiled, home, language);
                return 1;
            }
            Class<?> type = new Target.CompiledClasses(compiled.classes()).load(lesson.className());
            Method main = type.getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                throw new UsageError(lesson.simpleClassName() + " 에는 static main 이 없습니다 / has no static main");
            }
            try {
                main.invoke(null, (Object) new String[0]);
            } catch (InvocationTargetException e) {
                System.err.println("workbook run: " + lesson.simpleClassName() + ".main: " + e.getCause());
                return 1;
            }
            System.out.println(language == Lang.KO ? "멈추려면 Ctrl-C" : "Press Ctrl-C to stop.");
            new CountDownLatch(1).await(); // the lesson's server runs until Ctrl-C ends the JVM
            return 0;
        } catch (NoSuchMethodException e) {
            System.err.println("workbook run: 이 레슨 클래스에는 main 이 없습니다. ./workbook serve 로 보세요"
                    + " / this lesson's class has no main: use ./workbook serve");
            return Workbook.USAGE;
        } catch (UsageError | IllegalArgumentException e) {
            System.err.println("workbook run: " + e.getMessage());
            return Workbook.USAGE;
        }
    }
}
