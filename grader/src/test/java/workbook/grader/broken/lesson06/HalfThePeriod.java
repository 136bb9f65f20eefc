package workbook.grader.broken.lesson06;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Sends twice per period. */
public class HalfThePeriod extends WorkingNotifier {
    public HalfThePeriod(int port, Duration period) {
        super(port, period);
    }

    @Override
    void schedule() {
        timer.scheduleAtFixedRate(this::tick, period.toMillis() / 2, period.toMillis() / 2, TimeUnit.MILLISECONDS);
    }
}
