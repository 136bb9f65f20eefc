package workbook.grader.broken.lesson08;

import java.time.Duration;
import org.java_websocket.WebSocket;

/** Pings every interval, but only logs a client that did not answer: the silent ones stay in the room for ever. */
public class NeverCutsOff extends WorkingHeartbeat {
    public NeverCutsOff(int port, Duration interval) {
        super(port, interval);
    }

    @Override
    void cutOff(WebSocket conn) {
        System.out.println("no pong from " + conn.getRemoteSocketAddress());
        ping(conn);
    }
}
