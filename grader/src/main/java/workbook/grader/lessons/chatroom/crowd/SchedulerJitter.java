package workbook.grader.lessons.chatroom.crowd;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A few grader threads that wake up every 100 µs and keep a core for 30 µs, for as long as a burst lasts (and never
 * longer than a bound). Each time one wakes, the system takes a core from whichever thread has it, often a server
 * thread halfway through counting and sending, as on a busy machine. A count that is not under the room's lock is then
 * overtaken by another thread's in nearly every burst instead of now and then; a correct server only runs a little
 * slower, because its lock holds the others back while the paused thread finishes.
 */
final class SchedulerJitter implements AutoCloseable {

    private static final long RUN_NANOS = 30_000;
    private static final long REST_NANOS = 100_000;

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean done;

    /** Starts two threads per core (at most 16); they stop on {@link #close()} or after {@code bound}. */
    SchedulerJitter(Duration bound) {
        long until = System.nanoTime() + bound.toNanos();
        int count = Math.min(16, 2 * Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(() -> {
                while (!done && System.nanoTime() < until) {
                    long stop = System.nanoTime() + RUN_NANOS;
                    while (System.nanoTime() < stop) {
                        Thread.onSpinWait();
                    }
                    LockSupport.parkNanos(REST_NANOS);
                }
            }, "grader-scheduler-jitter-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @Override
    public void close() {
        done = true;
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(1).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
