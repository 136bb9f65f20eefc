package workbook.grader.broken.lesson08;

import java.time.Duration;
import org.java_websocket.WebSocket;

/** Announces a leave with the count from before the client left. */
public class CountsBeforeRemoving extends WorkingHeartbeat {
    public CountsBeforeRemoving(int port, Duration interval) {
        super(port, interval);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        isAlive.remove(conn);
        synchronized (room) {
            String line = leaveLine(room.size());
            if (room.remove(conn)) {
                sendToRoom(line);
            }
        }
    }
}
