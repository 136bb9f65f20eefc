package workbook.tools.classgrade;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.words.Msg;

/**
 * The checks a lesson has, found without running them: the points a submission can earn, task by task, known even
 * for a submission that does not compile or whose JVM died.
 */
public final class CheckCatalog {

    /** One check: its task and name, as the report shows them. */
    public record Entry(int task, Msg taskTitle, Msg name) {
    }

    private CheckCatalog() {
    }

    /** The lesson's checks in declaration order, or empty when this grader has no checks class for it. */
    public static Optional<List<Entry>> of(Lesson lesson) {
        Class<?> checks;
        try {
            checks = Class.forName(lesson.checks());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(checks)).build();
        TestPlan plan = LauncherFactory.create().discover(request);
        List<Entry> entries = new ArrayList<>();
        plan.getRoots().forEach(root -> collect(plan, root, entries));
        entries.sort(java.util.Comparator.comparingInt(Entry::task));
        return Optional.of(List.copyOf(entries));
    }

    private static void collect(TestPlan plan, TestIdentifier id, List<Entry> entries) {
        if (id.isTest()) {
            TestIdentifier task = taskOf(plan, id);
            entries.add(new Entry(task == null ? 0 : taskNumber(task).orElse(0),
                    task == null ? Msg.same("") : Msg.ofDisplayName(task.getDisplayName()),
                    Msg.ofDisplayName(id.getDisplayName())));
        }
        plan.getChildren(id).forEach(child -> collect(plan, child, entries));
    }

    private static TestIdentifier taskOf(TestPlan plan, TestIdentifier id) {
        for (Optional<TestIdentifier> at = plan.getParent(id); at.isPresent(); at = plan.getParent(at.get())) {
            if (taskNumber(at.get()).isPresent()) {
                return at.get();
            }
        }
        return null;
    }

    private static Optional<Integer> taskNumber(TestIdentifier id) {
        return id.getTags().stream().map(TestTag::getName).filter(t -> t.startsWith("task:"))
                .map(t -> Integer.parseInt(t.substring("task:".length()))).findFirst();
    }
}
