package workbook.tools.browser;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The browser tests' glue. It skips them, with one line naming the packages, where Chromium is absent (and never
 * where {@code CI=true}); hands tests the shared {@link Windows} and {@link ServedWorkbook}, both started once for the
 * whole run and closed at its end; blanks every window after each test; and when a test fails, saves a screenshot and
 * the console log of every window under {@code target/browser-failures/} and names them in the failure message.
 */
public final class BrowserExtension implements ExecutionCondition, ParameterResolver, TestExecutionExceptionHandler,
        AfterEachCallback {

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final AtomicBoolean SKIP_SAID = new AtomicBoolean();

    /** The module's {@code target/} folder (surefire runs the tests in the module's folder). */
    public static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.installed() || Chromium.requiredHere()) {
            return ConditionEvaluationResult.enabled("Chromium is here, or CI requires it");
        }
        if (SKIP_SAID.compareAndSet(false, true)) {
            System.out.println(Chromium.SKIPPED);
        }
        return ConditionEvaluationResult.disabled(Chromium.SKIPPED);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Windows.class || type == ServedWorkbook.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Windows.class ? windows(context) : served(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (thrown instanceof TestAbortedException) {
            throw thrown;
        }
        Windows windows = context.getRoot().getStore(SHARED).get(Windows.class, Windows.class);
        if (windows == null || windows.count() == 0) {
            throw thrown;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getTestMethod().map(Method::getName).orElse("test");
        List<Path> saved = windows.saveEvidence(name);
        AssertionError named = new AssertionError(withoutSeleniumFooter(thrown.getMessage())
                + "\n\nScreenshots and console logs of the "
                + windows.count() + " browser window(s):\n"
                + saved.stream().map(p -> "  " + p.toAbsolutePath()).collect(Collectors.joining("\n")), thrown);
        named.setStackTrace(thrown.getStackTrace());
        throw named;
    }

    /** Selenium ends its messages with build, system and capability lines that say nothing about the page. */
    private static String withoutSeleniumFooter(String message) {
        if (message == null) {
            return "(no message)";
        }
        int footer = message.indexOf("\nBuild info:");
        return footer < 0 ? message : message.substring(0, footer);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Windows windows = context.getRoot().getStore(SHARED).get(Windows.class, Windows.class);
        if (windows != null) {
            windows.reset();
        }
    }

    private static Windows windows(ExtensionContext context) {
        return context.getRoot().getStore(SHARED)
                .getOrComputeIfAbsent(Windows.class, k -> new Windows(TARGET), Windows.class);
    }

    private static ServedWorkbook served(ExtensionContext context) {
        return context.getRoot().getStore(SHARED).getOrComputeIfAbsent(ServedWorkbook.class, k -> {
            try {
                return new ServedWorkbook(TARGET.resolve("browser-serve"));
            } catch (Exception e) {
                throw new ParameterResolutionException("./workbook serve could not start for the browser tests: " + e, e);
            }
        }, ServedWorkbook.class);
    }
}
