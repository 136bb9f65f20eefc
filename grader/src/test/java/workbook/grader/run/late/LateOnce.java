package workbook.grader.run.late;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first answer a correct server gives in this JVM comes late, as on a machine so busy that the server was not
 * given the CPU to answer in time; every later answer comes at once. JVM-wide, because every check starts a server
 * of its own: the check that runs again alone gets a new one.
 */
public final class LateOnce {

    private static final AtomicBoolean ANSWERED_BEFORE = new AtomicBoolean();

    private LateOnce() {
    }

    /** Makes the next answer the first again: each grading of a test starts from here. */
    public static void reset() {
        ANSWERED_BEFORE.set(false);
    }

    /** Where to run an answer: after {@code late} for the first answer, at once (on the calling thread) for the others. */
    public static Executor answerer(Duration late) {
        return ANSWERED_BEFORE.getAndSet(true) ? Runnable::run
                : CompletableFuture.delayedExecutor(late.toMillis(), TimeUnit.MILLISECONDS);
    }
}
