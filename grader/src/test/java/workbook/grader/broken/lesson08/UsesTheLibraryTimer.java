package workbook.grader.broken.lesson08;

import java.time.Duration;

/**
 * The one-line production answer, in a lesson that asks for a heartbeat of its own: Java-WebSocket's lost-connection
 * timer at its finest (one second, whatever the interval it was given) and no heartbeat of its own.
 */
public class UsesTheLibraryTimer extends WorkingHeartbeat {
    public UsesTheLibraryTimer(int port, Duration interval) {
        super(port, interval);
        setConnectionLostTimeout(1);
    }

    @Override
    void startHeartbeat() {
        // the library's timer does it
    }
}
