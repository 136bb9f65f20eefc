package workbook.grader.core;

import java.time.Duration;

/** Work that may never end (a student's code, a stuck browser), run on a thread of its own and waited for within a bound. */
public final class BoundedWork {

    private BoundedWork() {
    }

    /**
     * Runs {@code work} on a daemon thread named {@code name} and waits at most {@code bound} for it: true when it
     * ended in time. Past the bound the thread is left to run; being a daemon, it never keeps the JVM alive.
     */
    public static boolean endsWithin(Duration bound, String name, Runnable work) throws InterruptedException {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        // join(0) would wait for ever: a bound under a millisecond waits one
        thread.join(Math.max(1, bound.toMillis()));
        return !thread.isAlive();
    }
}
