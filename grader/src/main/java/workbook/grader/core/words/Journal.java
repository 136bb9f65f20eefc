package workbook.grader.core.words;

import java.util.ArrayList;
import java.util.List;

/** What the grader did during one check, step by step, in a form a learner can repeat by hand. */
public final class Journal {

    private final List<Msg> steps = new ArrayList<>();

    public synchronized void add(Msg step) {
        steps.add(step);
    }

    public void add(String ko, String en) {
        add(Msg.of(ko, en));
    }

    public synchronized List<Msg> steps() {
        return List.copyOf(steps);
    }
}
