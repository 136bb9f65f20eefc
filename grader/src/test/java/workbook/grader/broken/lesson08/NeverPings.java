package workbook.grader.broken.lesson08;

import java.time.Duration;

/** Joins and leaves work, but the heartbeat was never started: nobody gets a ping, and nobody is ever cut off. */
public class NeverPings extends WorkingHeartbeat {
    public NeverPings(int port, Duration interval) {
        super(port, interval);
    }

    @Override
    void startHeartbeat() {
        // forgotten
    }
}
