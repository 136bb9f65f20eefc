package workbook.tools.classgrade;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.words.Msg;
import workbook.grader.run.GradeRunner;

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
            TestIdentifier task = GradeRunner.TaskTags.taskOf(plan, id);
            entries.add(new Entry(GradeRunner.TaskTags.number(task), GradeRunner.TaskTags.title(task),
                    Msg.ofDisplayName(id.getDisplayName())));
        }
        plan.getChildren(id).forEach(child -> collect(plan, child, entries));
    }
}
