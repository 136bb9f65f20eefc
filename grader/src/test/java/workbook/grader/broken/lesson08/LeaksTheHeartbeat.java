package workbook.grader.broken.lesson08;

import java.time.Duration;

/** Stops the server but not its heartbeat. */
public class LeaksTheHeartbeat extends WorkingHeartbeat {
    public LeaksTheHeartbeat(int port, Duration interval) {
        super(port, interval);
    }

    @Override
    void stopHeartbeat() {
        // forgotten
    }
}
