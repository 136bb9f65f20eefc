package workbook.grader;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.HashMap;
import java.util.Map;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.server.Target;

/**
 * Not a test: a measuring tool. Runs some checks of a lesson (their method names, joined by commas) against one target many times in this
 * JVM, side by side as ./workbook runs them, and prints whether any failed in each run, how long it took, and how many runs failed in all.
 * Usage: CheckCatchRate LESSON TARGET METHOD RUNS [show], TARGET as for ./workbook (class:NAME, solution, url:...);
 * with "show" the message of every failure is printed.
 */
public final class CheckCatchRate {

    private CheckCatchRate() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        Class<?> checks = Class.forName(Lessons.find(args[0]).orElseThrow().checks());
        String target = args[1];
        java.util.Set<String> methods = java.util.Set.of(args[2].split(","));
        int runs = Integer.parseInt(args[3]);
        boolean show = args.length > 4 && args[4].equals("show");
        Map<String, String> parameters = new HashMap<>();
        parameters.put(Target.PARAMETER, target);
        parameters.put(Lang.PARAMETER, System.getProperty("lang", "en"));
        parameters.put("junit.jupiter.execution.parallel.enabled", "true");
        parameters.put("junit.jupiter.execution.parallel.mode.default", "concurrent");
        parameters.put("junit.jupiter.execution.parallel.mode.classes.default", "concurrent");
        PostDiscoveryFilter onlyThatCheck = descriptor -> FilterResult.includedIf(!descriptor.isTest()
                || descriptor.getSource().filter(MethodSource.class::isInstance)
                        .map(s -> methods.contains(((MethodSource) s).getMethodName())).orElse(false));
        Launcher launcher = LauncherFactory.create();
        int failed = 0;
        long totalMillis = 0;
        for (int run = 1; run <= runs; run++) {
            java.util.List<TestExecutionResult> outcomes = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            long start = System.nanoTime();
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(checks))
                    .filters(onlyThatCheck).configurationParameters(parameters).build(), new TestExecutionListener() {
                        @Override
                        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                            if (id.isTest() || result.getStatus() == TestExecutionResult.Status.FAILED) {
                                outcomes.add(result);
                            }
                        }
                    });
            long millis = (System.nanoTime() - start) / 1_000_000;
            totalMillis += millis;
            TestExecutionResult result = outcomes.stream().filter(r -> r.getStatus() != TestExecutionResult.Status.SUCCESSFUL)
                    .findFirst().orElse(outcomes.isEmpty() ? null : outcomes.get(0));
            boolean fail = outcomes.size() < methods.size() || result == null || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
            failed += fail ? 1 : 0;
            String first = outcomes.size() < methods.size() ? "only " + outcomes.size() + " checks ran" : result == null ? "no check ran" : result.getThrowable().map(t -> String.valueOf(t.getMessage()))
                    .map(m -> m.lines().findFirst().orElse("")).orElse("");
            System.out.println("run " + run + ": " + (fail ? "FAILED " + first : "passed") + " (" + millis + " ms)");
            if (fail && show && result != null) {
                result.getThrowable().ifPresent(t -> System.out.println(t.getMessage()));
            }
        }
        System.out.println("RESULT " + target + " " + args[2] + ": failed " + failed + " of " + runs + " runs, mean "
                + (runs == 0 ? 0 : totalMillis / runs) + " ms a run");
        System.exit(0);
    }
}
