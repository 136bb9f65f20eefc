package workbook.grader.broken.lesson06;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Schedules the notification once (setTimeout where setInterval was meant). */
public class StopsAfterTheFirst extends WorkingNotifier {
    public StopsAfterTheFirst(int port, Duration period) {
        super(port, period);
    }

    @Override
    void schedule() {
        timer.schedule(this::tick, period.toMillis(), TimeUnit.MILLISECONDS);
    }
}
