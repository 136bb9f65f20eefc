package workbook.grader.core.words;

import java.util.List;

/**
 * The start of every failure report, a server check's or a browser client's: the problem, what the grader did step by
 * step, what it expected and what it got. A long journal keeps its first and last steps and long lines are cut in the
 * middle, so a check that opened many clients still reads on one screen.
 */
public final class ReportHead {

    static final int STEPS_FIRST = 16;
    static final int STEPS_LAST = 6;
    private static final int LINE_CHARS = 600;

    private ReportHead() {
    }

    public static void write(StringBuilder out, Lang lang, Msg problem, List<Msg> steps, Msg expected, Msg got) {
        boolean ko = lang == Lang.KO;
        out.append(problem.in(lang)).append('\n');

        out.append('\n').append(ko ? "채점기가 한 일:" : "What the grader did:").append('\n');
        for (int i = 0; i < steps.size(); i++) {
            if (skipsStep(i, steps.size())) {
                if (!skipsStep(i - 1, steps.size())) {
                    int left = steps.size() - STEPS_FIRST - STEPS_LAST;
                    out.append("   … ").append(ko ? left + "단계 더" : left + " more steps").append('\n');
                }
                continue;
            }
            out.append(String.format("  %2d. %s%n", i + 1, steps.get(i).in(lang)));
        }

        out.append('\n').append(ko ? "기대한 것: " : "Expected: ").append(cut(expected.in(lang))).append('\n');
        out.append(ko ? "받은 것:   " : "Got:      ").append(cut(withoutLabel(got.in(lang)))).append('\n');
    }

    /** A long journal keeps its first and last steps: how it began, and what happened just before the failure. */
    static boolean skipsStep(int index, int steps) {
        return steps > STEPS_FIRST + STEPS_LAST + 2 && index >= STEPS_FIRST && index < steps - STEPS_LAST;
    }

    /** A line longer than a screenful, cut in the middle. */
    static String cut(String line) {
        if (line.length() <= LINE_CHARS) {
            return line;
        }
        int half = LINE_CHARS / 2;
        return line.substring(0, half) + " … " + line.substring(line.length() - half);
    }

    /** "받은 것: ..." handed in as what was got would print the label twice. */
    static String withoutLabel(String got) {
        for (String label : List.of("받은 것:", "Got:")) {
            if (got.startsWith(label)) {
                return got.substring(label.length()).stripLeading();
            }
        }
        return got;
    }
}
