package workbook.grader.broken.lesson06;

import java.time.Duration;

/** Stops the server but not its timer. */
public class LeaksItsTimer extends WorkingNotifier {
    public LeaksItsTimer(int port, Duration period) {
        super(port, period);
    }

    @Override
    void stopTimer() {
        // forgotten
    }
}
