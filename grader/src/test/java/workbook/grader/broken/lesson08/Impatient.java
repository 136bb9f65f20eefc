package workbook.grader.broken.lesson08;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;

/** Gives each client three tenths of an interval to answer its ping, not the whole interval. */
public class Impatient extends WorkingHeartbeat {
    public Impatient(int port, Duration interval) {
        super(port, interval);
    }

    @Override
    void ping(WebSocket conn) {
        super.ping(conn);
        heartbeat.schedule(() -> {
            if (Boolean.FALSE.equals(isAlive.get(conn))) {
                cutOff(conn);
            }
        }, interval.toMillis() * 3 / 10, TimeUnit.MILLISECONDS);
    }
}
