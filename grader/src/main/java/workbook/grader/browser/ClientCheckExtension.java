package workbook.grader.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.TimeoutException;
import org.opentest4j.TestAbortedException;
import workbook.grader.browser.server.ReferenceServer;
import workbook.grader.core.CheckFailed;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.grader.core.server.Target;
import workbook.grader.core.words.Explain;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;

/**
 * The client task's glue: starts the run's browser as the task begins, hands each check a {@link ClientCheck} for
 * the learner's client folder, closes it after the check, and turns anything unexpected into a full report.
 * The folder comes from {@code workbook.client}, or from the target {@code student} / {@code solution}; a run that
 * grades a server at a URL, or one of the grader's own broken servers, has no client to grade and skips the task.
 */
public final class ClientCheckExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver, AfterEachCallback,
        TestExecutionExceptionHandler {

    /** The folder holding the lesson's client files ({@code .../lessons/01-echo}). */
    public static final String CLIENT_PARAMETER = "workbook.client";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ClientCheckExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // Started early, to start while the server checks run; not at all when there is no client to load.
        Optional<ClientFolder> client = clientFolder(context).filter(folder -> Files.isRegularFile(folder.script()));
        if (client.isPresent()) {
            browser(context).start();
            pages(context, client.get());
            ReferenceServer.precompile(Lessons.byChecks(outermost(context.getRequiredTestClass())));
        }
    }

    /**
     * Skipped (counting neither way): a run with no client to grade (a server graded by its address, the grader's own
     * broken servers), and the workbook's own tests where Chromium is missing (never where CI=true).
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Lang lang = Lang.parse(context.getConfigurationParameter(Lang.PARAMETER).orElse(null));
        if (clientFolder(context).isEmpty()) {
            return ConditionEvaluationResult.disabled(Msg.of(
                    "브라우저 클라이언트는 레슨 폴더의 파일로 채점합니다 (주소로 채점하는 서버에는 해당하지 않음).",
                    "The browser client is graded from the lesson folder's files, not for a server graded by its address.").in(lang));
        }
        if (ChromiumInstall.find().isEmpty() && Boolean.getBoolean("workbook.browser.optional")
                && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.disabled(ChromiumInstall.MISSING.in(lang));
        }
        return ConditionEvaluationResult.enabled("a client to grade");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ClientCheck.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Lang lang = Lang.parse(context.getConfigurationParameter(Lang.PARAMETER).orElse(null));
        ClientFolder folder = clientFolder(context).orElseThrow();
        BrowserHandle handle = browser(context);
        // Waiting for Chromium to start happens here, before the check's own time limit begins.
        java.util.function.Supplier<SharedBrowser> browser = () -> handle.get(lang);
        if (Files.isRegularFile(folder.script())) {
            try {
                SharedBrowser ready = handle.get(lang);
                browser = () -> ready;
            } catch (CheckFailed missing) {
                browser = () -> {
                    throw missing;
                };
            }
        }
        // without a script there is no page to open: the check says so before it would need the page server
        PageServer pages = Files.isRegularFile(folder.script()) ? pages(context, folder) : null;
        ClientCheck check = new ClientCheck(folder, lang, browser, pages);
        context.getStore(NAMESPACE).put("check", check);
        return check;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClientCheck check = context.getStore(NAMESPACE).remove("check", ClientCheck.class);
        if (check != null) {
            check.close();
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        ClientCheck check = context.getStore(NAMESPACE).get("check", ClientCheck.class);
        if (check == null || thrown instanceof CheckFailed || thrown instanceof TestAbortedException) {
            throw thrown;
        }
        // The browser's own bound ran out, or the check's did: a client check spends its time waiting on the page.
        if (thrown instanceof TimeoutException || thrown instanceof ScriptTimeoutException
                || thrown instanceof java.util.concurrent.TimeoutException) {
            throw ClientReport.outOfTime(check, Msg.of("페이지가 채점기에 제때 답하지 않았습니다: 스크립트가 끝나지 않고 돌고 있는 것 같습니다.",
                            "The page did not answer the grader in time: its script seems to be running without end."),
                    Msg.of("페이지가 곧바로 답함 (스크립트의 처리기는 금방 끝남)", "the page answers at once (the script's handlers finish quickly)"),
                    Msg.same(firstLine(thrown)), Hints.stuckScript());
        }
        throw ClientReport.failure(check, Explain.unexpectedError(), Explain.runsToItsEnd(), Msg.same(firstLine(thrown)),
                Msg.of("아래 과정을 보세요. 채점기의 문제라고 생각되면 이 메시지를 그대로 알려 주세요.",
                        "Read the steps below; if you think the grader is wrong, report this message as it is."));
    }

    /**
     * Whether a Chromium this JVM started ran the students' pages without its own sandbox: as root, where Chromium
     * refuses it, or on a machine that gives ordinary users no user namespaces. grade-class says so in its report.
     */
    public static boolean pagesRanWithoutChromiumSandbox() {
        return SharedBrowser.startedWithoutItsSandbox();
    }

    private static String firstLine(Throwable thrown) {
        String text = String.valueOf(thrown);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The run's page server for this client folder, started once (in {@link #beforeAll}, while Chromium starts). */
    private static PageServer pages(ExtensionContext context, ClientFolder folder) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("pages " + folder.folder(),
                k -> PageServer.serve(folder.ownsItsPage() ? folder.front() : folder.folder()), PageServer.class);
    }

    private static BrowserHandle browser(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(BrowserHandle.class, k -> BrowserHandle.create(), BrowserHandle.class);
    }

    private static Optional<ClientFolder> clientFolder(ExtensionContext context) {
        Lesson lesson = Lessons.byChecks(outermost(context.getRequiredTestClass()));
        Optional<String> given = context.getConfigurationParameter(CLIENT_PARAMETER).filter(s -> !s.isBlank());
        if (given.isPresent()) {
            Path folder = Path.of(given.get()).toAbsolutePath().normalize();
            Path parent = folder.getParent();
            String shown = parent != null && parent.getFileName() != null ? parent.getFileName().toString() : "lessons";
            return Optional.of(new ClientFolder(lesson, folder, shown));
        }
        String target = context.getConfigurationParameter(Target.PARAMETER).orElse("student");
        String root = switch (target) {
            case "student" -> "lessons";
            case "solution" -> "solutions";
            default -> null;
        };
        return root == null ? Optional.empty()
                : Optional.of(new ClientFolder(lesson, WorkbookHome.get().resolve(root).resolve(lesson.folder()), root));
    }

    private static Class<?> outermost(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }
}
