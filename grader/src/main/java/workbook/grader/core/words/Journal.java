package workbook.grader.core.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the grader did during one check, step by step, in a form a learner can repeat by hand. */
public final class Journal {

    private record Step(Msg what, long atNanos) {
    }

    private final long startNanos = System.nanoTime();
    private final List<Step> steps = new ArrayList<>();

    public synchronized void add(Msg step) {
        steps.add(new Step(step, System.nanoTime()));
    }

    public void add(String ko, String en) {
        add(Msg.of(ko, en));
    }

    public synchronized List<Msg> steps() {
        return steps.stream().map(Step::what).toList();
    }

    /** The steps with when each began, counted from the check's start: a check that ran out of time shows where. */
    public synchronized List<Msg> timedSteps() {
        return steps.stream().map(step -> {
            String seconds = String.format(Locale.ROOT, "%.2f", (step.atNanos() - startNanos) / 1e9);
            return step.what().plus(Msg.of("  (시작 후 " + seconds + "초)", "  (at " + seconds + " s)"));
        }).toList();
    }
}
