package workbook.grader.broken.lesson07.room;

import java.nio.file.Path;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/** Counts the room before the newcomer is in it: every arrival is announced one short. */
public class CountsBeforeAdding extends WorkingChatRoom {

    public CountsBeforeAdding(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        synchronized (room) {
            int count = room.size();
            room.add(conn);
            sendToRoom(joinLine(count));
        }
    }
}
