package workbook.grader.run;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workbook.grader.core.Check;
import workbook.grader.core.CheckFailed;
import workbook.grader.core.ChecksAtOnce;
import workbook.grader.core.LessonChecks;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.server.Target;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;

/** Runs one lesson's checks against a target through the JUnit Platform and collects the results by task. */
public final class GradeRunner {

    /**
     * A parameter that bounds how many checks run at once (all of a lesson's by default). grade-class's workers set it
     * lower: two workers each starting all of lesson 07's checks at once on 2 cores made correct servers miss their
     * time bounds (1 to 4 of 10 submissions per run). At 16 they still did, 4 of 60, until lesson 07's crowd checks
     * took turns (see {@code HeadCountChecks}): then 0 of 100, 40 of them with the other core busy.
     */
    public static final String CHECKS_AT_ONCE = "workbook.checks.atOnce";

    /** The tag of a task class whose checks are optional: graded and shown, but not needed to finish the lesson. */
    public static final String OPTIONAL_TAG = LessonChecks.OPTIONAL_TAG;

    /**
     * Checks that ran out of time beside the others run again, one at a time, when together they took at most this
     * long. Graded two at a time under a CPU quota of 0.7 cores (a machine a third as fast as a 2-core one), correct
     * lesson 07 submissions lost points that way: checks whose every step kept its bound, but not the whole check.
     * A program that is really stuck runs out of time again; one that leaves every check hanging is not run twice.
     * On a shared machine (grade-class) the same goes for a check where one step waited in vain: in CI, graded two at
     * a time, correct lesson 07 servers twice lost 2 and 4 checks whose first HTTP answer took over 3.5 s.
     */
    static final Duration RERUN_BUDGET = Duration.ofSeconds(30);

    /**
     * A parameter: how long the whole grading may take, in milliseconds (grade-class's --timeout), past which the
     * caller stops it and the submission counts as timed out. A rerun that would not end well inside it is not started:
     * the checks keep their first outcome rather than the whole lesson its points.
     */
    public static final String TIME_LIMIT = "workbook.timeLimitMillis";
    /** What a rerun keeps clear of {@link #TIME_LIMIT}: checks run alone can take a little longer than side by side. */
    private static final Duration RERUN_MARGIN = Duration.ofSeconds(5);

    private GradeRunner() {
    }

    /**
     * @param target a {@link Target} text ({@code classes:DIR}, {@code class:NAME}, {@code url:ws://...}) or
     *               {@code student}/{@code solution} to compile from the workbook folder
     * @param extra  more configuration parameters, such as {@code workbook.http} or {@code workbook.period}
     */
    public static LessonResult run(Lesson lesson, String target, Lang lang, Map<String, String> extra) {
        return run(lesson, target, lang, extra, List.of());
    }

    /** As {@link #run(Lesson, String, Lang, Map)}, with only the checks every filter keeps (a test grades a task so). */
    public static LessonResult run(Lesson lesson, String target, Lang lang, Map<String, String> extra,
                                   List<PostDiscoveryFilter> filters) {
        Class<?> checks;
        try {
            checks = Class.forName(lesson.checks());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("lessons.yaml names checks that do not exist: " + lesson.checks(), e);
        }
        Map<String, String> parameters = new HashMap<>(extra);
        parameters.put(Target.PARAMETER, target);
        parameters.put(Lang.PARAMETER, lang.name().toLowerCase(java.util.Locale.ROOT));
        // Checks are reported, and against a running server run, in the order the lesson teaches them.
        parameters.putIfAbsent("junit.jupiter.testmethod.order.default", SourceOrder.class.getName());
        if (!target.startsWith("url:")) {
            // Each check starts its own server on port 0, so they can run side by side; a running server is shared.
            parameters.put("junit.jupiter.execution.parallel.enabled", "true");
            parameters.put("junit.jupiter.execution.parallel.mode.default", "concurrent");
            parameters.put("junit.jupiter.execution.parallel.mode.classes.default", "concurrent");
            parameters.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
            // Checks mostly wait on the network, so all of a lesson's checks (29 server checks at most) run at once,
            // unless the caller or the lesson (@ChecksAtOnce) allows fewer.
            parameters.put("junit.jupiter.execution.parallel.config.fixed.parallelism", String.valueOf(checksAtOnce(checks, extra)));
        } else {
            // A running server is shared, so its checks run one after another, unless a checks class declares with
            // @Execution(CONCURRENT) that its checks cannot disturb each other (lesson 06, whose waits last periods).
            parameters.put("junit.jupiter.execution.parallel.enabled", "true");
            parameters.put("junit.jupiter.execution.parallel.mode.default", "same_thread");
            parameters.put("junit.jupiter.execution.parallel.mode.classes.default", "same_thread");
            parameters.put("junit.jupiter.execution.parallel.config.strategy", "fixed");
            parameters.put("junit.jupiter.execution.parallel.config.fixed.parallelism", "32");
        }
        long start = System.nanoTime();
        StringBuilder printed = new StringBuilder();
        Collector collector = execute(List.of(selectClass(checks)), parameters, filters, printed);
        List<String> again = collector.toRunAgain(Boolean.parseBoolean(parameters.get(Check.SHARED_MACHINE_PARAMETER)));
        Duration budget = rerunBudget(parameters, Duration.ofNanos(System.nanoTime() - start));
        if (!again.isEmpty() && collector.tookInAll(again).compareTo(budget) <= 0) {
            Map<String, String> alone = new HashMap<>(parameters);
            alone.put("junit.jupiter.execution.parallel.enabled", "false");
            collector.replaceWith(execute(again.stream().map(DiscoverySelectors::selectUniqueId).toList(), alone, filters, printed));
        }
        return new LessonResult(lesson, collector.inPlanOrder(), Duration.ofNanos(System.nanoTime() - start), printed.toString());
    }

    /** {@link #RERUN_BUDGET}, or less where the {@link #TIME_LIMIT} leaves less after {@code spent}. */
    private static Duration rerunBudget(Map<String, String> parameters, Duration spent) {
        String limit = parameters.get(TIME_LIMIT);
        if (limit == null) {
            return RERUN_BUDGET;
        }
        Duration left = Duration.ofMillis(Long.parseLong(limit)).minus(spent).minus(RERUN_MARGIN);
        return left.compareTo(RERUN_BUDGET) < 0 ? left : RERUN_BUDGET;
    }

    private static int checksAtOnce(Class<?> checks, Map<String, String> extra) {
        int allowed = Integer.parseInt(extra.getOrDefault(CHECKS_AT_ONCE, "32"));
        ChecksAtOnce lesson = checks.getAnnotation(ChecksAtOnce.class);
        return lesson == null ? allowed : Math.min(allowed, lesson.value());
    }

    private static Collector execute(List<? extends DiscoverySelector> selectors, Map<String, String> parameters,
                                     List<PostDiscoveryFilter> filters, StringBuilder printed) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(filters.toArray(PostDiscoveryFilter[]::new))
                .configurationParameters(parameters)
                .build();
        Collector collector = new Collector();
        Launcher launcher = LauncherFactory.create();
        try (OutputCapture capture = OutputCapture.start()) {
            launcher.execute(request, collector);
            printed.append(capture.text());
        }
        return collector;
    }

    /**
     * The one reader of task tags: a check belongs to the task of the nearest enclosing class tagged {@code task:N}
     * (report, grade-class's catalog of points, and the lesson texts all count tasks this way).
     */
    public static final class TaskTags {

        private TaskTags() {
        }

        /** The class of checks tagged {@code task:N} that holds {@code id}, or null for a check outside any task. */
        public static TestIdentifier taskOf(TestPlan plan, TestIdentifier id) {
            for (Optional<TestIdentifier> at = plan.getParent(id); at.isPresent(); at = plan.getParent(at.get())) {
                if (tagged(at.get()).isPresent()) {
                    return at.get();
                }
            }
            return null;
        }

        /** The task's number, 0 for none. */
        public static int number(TestIdentifier task) {
            return task == null ? 0 : tagged(task).orElse(0);
        }

        /** The task's title in both languages, empty for none. */
        public static Msg title(TestIdentifier task) {
            return task == null ? Msg.same("") : Msg.ofDisplayName(task.getDisplayName());
        }

        private static Optional<Integer> tagged(TestIdentifier id) {
            return id.getTags().stream().map(TestTag::getName).filter(t -> t.startsWith("task:"))
                    .map(t -> Integer.parseInt(t.substring("task:".length()))).findFirst();
        }
    }

    private static final class Collector implements TestExecutionListener {
        /**
         * One in this many checks, at most, may have waited in vain for them to run again: correct lesson 07 servers
         * lost 2 and 4 of 35 checks that way in CI.
         */
        private static final int FEW_WAITED_IN_VAIN = 4;
        private final Map<String, CheckResult> results = new java.util.LinkedHashMap<>();
        private final List<String> ranOutOfTime = new ArrayList<>();
        private final List<String> waitedInVain = new ArrayList<>();
        private final Map<String, Integer> discoveryOrder = new HashMap<>();
        private final Map<String, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
        private TestPlan plan;

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
            testPlan.getRoots().forEach(this::number);
        }

        /** Checks run side by side; the report lists them in the order the checks class declares them. */
        private void number(TestIdentifier id) {
            discoveryOrder.put(id.getUniqueId(), discoveryOrder.size());
            plan.getChildren(id).forEach(this::number);
        }

        List<CheckResult> inPlanOrder() {
            List<String> ids = new ArrayList<>(results.keySet());
            ids.sort(java.util.Comparator.comparing(id -> discoveryOrder.getOrDefault(id, Integer.MAX_VALUE)));
            return ids.stream().map(results::get).toList();
        }

        /**
         * The checks that failed because time ran out ({@link CheckFailed#ranOutOfTime}), by unique id; on a machine
         * shared with other graders also those where a step waited in vain ({@link CheckFailed#waitedInVain}), when
         * they are a few (a quarter of the checks at most). Alone on the machine, a step that waited in vain already
         * had the CPU it needed, and a learner whose server never answers should not wait for every such
         * check twice. Where most checks waited in vain the submission is its own trouble (a fork bomb beside its
         * server), and running it longer would only take the CPU from the submissions graded beside it.
         */
        synchronized List<String> toRunAgain(boolean sharedMachine) {
            List<String> again = new ArrayList<>(ranOutOfTime);
            if (sharedMachine && waitedInVain.size() <= results.size() / FEW_WAITED_IN_VAIN) {
                again.addAll(waitedInVain);
            }
            return again;
        }

        Duration tookInAll(List<String> ids) {
            return ids.stream().map(id -> results.get(id).took()).reduce(Duration.ZERO, Duration::plus);
        }

        /** Takes the outcomes of a second run of some of the checks in place of their first. */
        void replaceWith(Collector rerun) {
            rerun.results.forEach((id, result) -> results.computeIfPresent(id, (k, first) -> result));
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            started.put(id.getUniqueId(), System.nanoTime());
        }

        @Override
        public synchronized void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
                add(id, result(id, CheckResult.Status.SKIPPED, reason));
            }
        }

        private void add(TestIdentifier id, CheckResult result) {
            results.put(id.getUniqueId(), result);
        }

        @Override
        public synchronized void executionFinished(TestIdentifier id, TestExecutionResult outcome) {
            if (!id.isTest()) {
                if (outcome.getStatus() == TestExecutionResult.Status.FAILED) {
                    add(id, result(id, CheckResult.Status.FAILED, message(outcome)));
                }
                return;
            }
            CheckResult.Status status = switch (outcome.getStatus()) {
                case SUCCESSFUL -> CheckResult.Status.PASSED;
                case ABORTED -> CheckResult.Status.SKIPPED;
                case FAILED -> CheckResult.Status.FAILED;
            };
            add(id, result(id, status, status == CheckResult.Status.PASSED ? null : message(outcome)));
            if (outcome.getThrowable().orElse(null) instanceof CheckFailed failed) {
                if (failed.ranOutOfTime()) {
                    ranOutOfTime.add(id.getUniqueId());
                } else if (failed.waitedInVain()) {
                    waitedInVain.add(id.getUniqueId());
                }
            }
        }

        private CheckResult result(TestIdentifier id, CheckResult.Status status, String message) {
            Long begun = started.get(id.getUniqueId());
            Duration took = begun == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - begun);
            TestIdentifier task = TaskTags.taskOf(plan, id);
            int number = TaskTags.number(task);
            Msg title = TaskTags.title(task);
            boolean optional = task != null && task.getTags().contains(TestTag.create(OPTIONAL_TAG));
            return new CheckResult(number, title, Msg.ofDisplayName(id.getDisplayName()), status, message, took, optional);
        }

        private static String message(TestExecutionResult outcome) {
            return outcome.getThrowable().map(t -> t.getMessage() == null ? t.toString() : t.getMessage()).orElse("");
        }
    }
}
