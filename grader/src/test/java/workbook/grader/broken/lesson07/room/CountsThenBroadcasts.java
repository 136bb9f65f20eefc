package workbook.grader.broken.lesson07.room;

import java.nio.file.Path;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/**
 * The tutorial's count written straight into Java: getConnections().size() (wss.clients.size), then broadcast(...).
 * Count and send are two unlocked steps on Java-WebSocket's several worker threads, so clients that arrive together
 * can be announced with the same count, or their counts heard out of order.
 */
public class CountsThenBroadcasts extends WorkingChatRoom {

    public CountsThenBroadcasts(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        broadcast(joinLine(getConnections().size()));
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (!stopping) {
            broadcast(leaveLine(getConnections().size()));
        }
    }

    @Override
    protected void sendToRoom(String text) {
        broadcast(text);
    }
}
