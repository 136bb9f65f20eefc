package workbook.grader.broken.lesson08;

import java.time.Duration;
import org.java_websocket.WebSocket;

/** Announces the leave of a client it cuts off in beat, and onClose announces it again. */
public class AnnouncesTheLeaveTwice extends WorkingHeartbeat {
    public AnnouncesTheLeaveTwice(int port, Duration interval) {
        super(port, interval);
    }

    @Override
    void cutOff(WebSocket conn) {
        synchronized (room) {
            sendToRoom(leaveLine(room.size() - 1));
        }
        super.cutOff(conn);
    }
}
