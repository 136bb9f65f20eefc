package workbook.grader.broken.lesson08;

import java.time.Duration;
import org.java_websocket.WebSocket;

/** Marks every client "not yet", pings it, and asks at once whether it answered: nobody has had time to, so all go. */
public class ChecksRightAfterThePing extends WorkingHeartbeat {
    public ChecksRightAfterThePing(int port, Duration interval) {
        super(port, interval);
    }

    @Override
    void beat() {
        for (WebSocket conn : isAlive.keySet()) {
            isAlive.replace(conn, false);
            ping(conn);
            if (Boolean.FALSE.equals(isAlive.get(conn))) {
                cutOff(conn);
            }
        }
    }
}
