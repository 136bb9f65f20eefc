package workbook.grader.broken.lesson03;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/**
 * Right by CONTRACT.md, though not the reference's way: Java-WebSocket's own {@code broadcast(text)} instead of the
 * tutorial's loop. The library skips a connection that is no longer open (it catches the send's
 * WebsocketNotConnectedException), so closing and closed clients are passed over without an error.
 */
public class BroadcastsWithTheLibrary extends QuietServer {
    public BroadcastsWithTheLibrary(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        broadcast("Broadcast: " + message);
    }
}
