package workbook.grader.broken.lesson07.room;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/**
 * Correct, written differently: the room is a list kept by synchronized methods of a small class of its own, each of
 * which changes the room, counts it and sends in one call. It must pass every check.
 */
public class SynchronizedMethods extends WorkingChatRoom {

    private final Members members = new Members();

    public SynchronizedMethods(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        members.join(conn);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        members.leave(conn);
    }

    @Override
    protected void sendToRoom(String text) {
        members.tellEveryone(text);
    }

    @Override
    protected void emptyRoom() {
        members.clear();
    }

    private static final class Members {
        private final List<WebSocket> list = new ArrayList<>();

        synchronized void join(WebSocket conn) {
            list.add(conn);
            tellEveryone(joinLine(list.size()));
        }

        synchronized void leave(WebSocket conn) {
            if (list.remove(conn)) {
                tellEveryone(leaveLine(list.size()));
            }
        }

        synchronized void tellEveryone(String text) {
            for (WebSocket member : list) {
                if (member.isOpen()) {
                    member.send(text);
                }
            }
        }

        synchronized void clear() {
            list.clear();
        }
    }
}
