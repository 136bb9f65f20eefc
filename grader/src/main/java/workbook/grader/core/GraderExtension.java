package workbook.grader.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;
import workbook.grader.core.lesson.LessonBuild;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.SourceCompiler;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.grader.core.server.Target;
import workbook.grader.core.words.Lang;

/**
 * Gives each check a fresh {@link Check} for the run's target and language, closes it afterwards, and makes sure
 * that whatever a check throws reaches the learner as a full report.
 */
final class GraderExtension implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GraderExtension.class);
    /** Compiled student or solution classes, once per folder and JVM, when a run names them instead of a folder. */
    private static final Map<Path, Target> COMPILED = new ConcurrentHashMap<>();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Check.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("check", key -> newCheck(context), Check.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        Check check = context.getStore(NAMESPACE).get("check", Check.class);
        if (check == null || thrown instanceof TestAbortedException) {
            throw thrown;
        }
        throw check.explainUnexpected(thrown, timeLimit(context.getTestMethod(), context.getRequiredTestClass()));
    }

    /** A check's {@link Timeout}, as JUnit finds it: on the method, else on its class or an enclosing one. */
    static Duration timeLimit(Optional<Method> check, Class<?> checksClass) {
        Optional<Timeout> limit = check.flatMap(method -> AnnotationSupport.findAnnotation(method, Timeout.class));
        for (Class<?> type = checksClass; limit.isEmpty() && type != null; type = type.getEnclosingClass()) {
            limit = AnnotationSupport.findAnnotation(type, Timeout.class);
        }
        // a check whose class somehow carries none has the limit of @LessonChecks
        Timeout timeout = limit.orElse(LessonChecks.class.getAnnotation(Timeout.class));
        return Duration.of(timeout.value(), timeout.unit().toChronoUnit());
    }

    private static Check newCheck(ExtensionContext context) {
        Class<?> checksClass = outermost(context.getRequiredTestClass());
        Lesson lesson = Lessons.byChecks(checksClass);
        Lang lang = Lang.parse(context.getConfigurationParameter(Lang.PARAMETER).orElse(null));
        String targetText = context.getConfigurationParameter(Target.PARAMETER).orElse("student");
        Target target = switch (targetText) {
            case "student" -> compiled(lesson, "lessons");
            case "solution" -> compiled(lesson, "solutions");
            default -> Target.parse(targetText, context.getConfigurationParameter(Target.HTTP_PARAMETER).orElse(null));
        };
        return new Check(lesson, target, lang, context::getConfigurationParameter);
    }

    private static Target compiled(Lesson lesson, String root) {
        Path home = WorkbookHome.get();
        return COMPILED.computeIfAbsent(home.resolve(root).resolve(lesson.folder()), folder -> {
            try {
                SourceCompiler.Result result = LessonBuild.compile(lesson, home.resolve(root), LessonBuild.cacheRoot(home, root));
                if (!result.ok()) {
                    throw new IllegalStateException("compile errors in " + folder + ": " + result.errors());
                }
                return new Target.CompiledClasses(result.classes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Class<?> outermost(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }
}
