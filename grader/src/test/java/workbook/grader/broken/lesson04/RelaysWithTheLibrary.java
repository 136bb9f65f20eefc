package workbook.grader.broken.lesson04;

import java.util.ArrayList;
import java.util.List;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/**
 * Right by CONTRACT.md, though not the reference's way: the others are collected first, and Java-WebSocket's own
 * {@code broadcast(text, clients)} sends to them (it passes over a connection that is no longer open).
 */
public class RelaysWithTheLibrary extends QuietServer {
    public RelaysWithTheLibrary(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        List<WebSocket> others = new ArrayList<>(getConnections());
        others.remove(conn);
        broadcast(message, others);
    }
}
