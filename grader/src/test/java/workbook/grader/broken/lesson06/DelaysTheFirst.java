package workbook.grader.broken.lesson06;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Starts its timer with the tutorial's 5 s as a fixed initial delay: at a short period the first notification is periods late. */
public class DelaysTheFirst extends WorkingNotifier {
    public DelaysTheFirst(int port, Duration period) {
        super(port, period);
    }

    @Override
    void schedule() {
        timer.scheduleAtFixedRate(this::tick, 5000, period.toMillis(), TimeUnit.MILLISECONDS);
    }
}
