package workbook.tools.classgrade;

import java.io.PrintWriter;
import java.time.Duration;

/** grade-class's progress on stderr: a bar redrawn in place on a terminal, one plain line per submission otherwise. */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;

    public ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** When grading started, how many submissions there are and how many are graded. */
    private long start;
    private int total;
    private int done;

    synchronized void start(int total) {
        this.total = total;
        this.start = System.nanoTime();
        if (terminal) {
            draw("");
        }
    }

    synchronized void done(String what, String score, Duration took) {
        done++;
        String line = what + " " + score + String.format(java.util.Locale.ROOT, " (%.1f s)", took.toMillis() / 1000.0);
        if (terminal) {
            draw(line);
        } else {
            err.println("[" + done + "/" + total + "] " + line);
        }
    }

    synchronized void finish() {
        if (terminal) {
            err.println();
        }
    }

    private void draw(String last) {
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        err.print("\r\u001b[K[" + "█".repeat(filled) + "░".repeat(WIDTH - filled) + "] " + done + "/" + total
                + " · " + seconds + " s · " + last);
        err.flush();
    }
}
