package workbook.grader.core.wire;

import java.time.Duration;

/** Wakes a check that is watching its clients as soon as any of them receives a frame. */
public final class Arrivals {

    private long count;

    public synchronized void signal() {
        count++;
        notifyAll();
    }

    /** Returns when a frame arrives or {@code bound} has passed, whichever is first. */
    public synchronized void await(Duration bound) {
        long seen = count;
        long deadline = System.nanoTime() + bound.toNanos();
        try {
            while (count == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                wait(Math.max(1, left / 1_000_000), 0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching for frames", e);
        }
    }
}
