package workbook.grader;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectNestedClass;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workbook.grader.browser.ChromiumInstall;
import workbook.grader.browser.ClientCheckExtension;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.WorkbookHome;

/**
 * Runs one lesson's browser client task alone against a client folder, as {@code ./workbook check} runs it, and
 * gives each check's outcome by its English name: "PASSED", or the failure's whole explanation.
 */
public final class ClientGrading {

    public static final String PASSED = "PASSED";

    private ClientGrading() {
    }

    /** Chromium is here, or CI requires it (then a missing browser fails the tests that need it). */
    public static boolean browserHere() {
        return ChromiumInstall.find().isPresent() || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** A lesson folder holding only the client: the resource {@code script} as client.js (07: front/ with app.js). */
    public static Path folderWith(String lessonId, String script, Path temp) {
        Lesson lesson = Lessons.find(lessonId).orElseThrow();
        Path folder = temp.resolve(lessonId + "-" + script.replace('/', '-')).resolve(lesson.folder());
        try (InputStream in = ClientGrading.class.getResourceAsStream("/" + script)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + script);
            }
            byte[] code = in.readAllBytes();
            if (lessonId.equals("07")) {
                Path front = WorkbookHome.get().resolve("solutions").resolve(lesson.folder()).resolve("front");
                Files.createDirectories(folder.resolve("front"));
                try (Stream<Path> files = Files.list(front)) {
                    for (Path file : files.toList()) {
                        Files.copy(file, folder.resolve("front").resolve(file.getFileName()));
                    }
                }
                Files.write(folder.resolve("front").resolve("app.js"), code);
            } else {
                Files.createDirectories(folder);
                Files.write(folder.resolve("client.js"), code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Every client check of the lesson against the client in {@code folder}, by English name. */
    public static Map<String, String> grade(String lessonId, Path folder) {
        return grade(lessonId, folder, null);
    }

    /** Only the check named {@code onlyCheck} (its English name), or every one when it is null. */
    public static Map<String, String> grade(String lessonId, Path folder, String onlyCheck) {
        Lesson lesson = Lessons.find(lessonId).orElseThrow();
        Class<?> checks;
        Class<?> task;
        try {
            checks = Class.forName(lesson.checks());
            task = Class.forName(lesson.checks() + "$BrowserClient");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectNestedClass(List.of(checks), task))
                .configurationParameter("workbook.target", "student")
                .configurationParameter("workbook.lang", "en")
                .configurationParameter(ClientCheckExtension.CLIENT_PARAMETER, folder.toString())
                .filters((PostDiscoveryFilter) test -> FilterResult.includedIf(onlyCheck == null || test.isContainer()
                        || test.getDisplayName().endsWith(" / " + onlyCheck)))
                .build();
        Map<String, String> outcomes = new LinkedHashMap<>();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    String name = id.getDisplayName().substring(id.getDisplayName().indexOf(" / ") + 3);
                    Optional<Throwable> thrown = result.getThrowable();
                    outcomes.put(name, result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? PASSED
                            : result.getStatus() + ": " + thrown.map(String::valueOf).orElse(""));
                }
            }
        });
        return outcomes;
    }
}
