package workbook.grader.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Work that may never end is waited for within its bound, and no longer")
class BoundedWorkTest {

    @Test
    @DisplayName("work that ends in time: true, on a daemon thread of the given name")
    void endsInTime() throws InterruptedException {
        Thread[] ran = new Thread[1];
        boolean ended = BoundedWork.endsWithin(Duration.ofSeconds(5), "bounded-work-test", () -> ran[0] = Thread.currentThread());
        assertThat(ended).isTrue();
        assertThat(ran[0].getName()).isEqualTo("bounded-work-test");
        assertThat(ran[0].isDaemon()).isTrue();
    }

    @Test
    @DisplayName("work that does not end: false once the bound has passed, with the work still running")
    void doesNotEnd() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        long start = System.nanoTime();
        boolean ended = BoundedWork.endsWithin(Duration.ofMillis(300), "bounded-work-stuck", () -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.countDown();
        });
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(ended).isFalse();
        assertThat(waited).isBetween(Duration.ofMillis(300), Duration.ofSeconds(3));
        assertThat(finished.getCount()).as("the work is left running, not stopped").isEqualTo(1);
        release.countDown();
        assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    @DisplayName("a bound of zero waits a moment, not for ever")
    void zeroBoundDoesNotWaitForEver() {
        CountDownLatch never = new CountDownLatch(1);
        boolean ended = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> BoundedWork.endsWithin(Duration.ZERO, "bounded-work-zero",
                () -> {
                    try {
                        never.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(ended).isFalse();
        never.countDown();
    }
}
