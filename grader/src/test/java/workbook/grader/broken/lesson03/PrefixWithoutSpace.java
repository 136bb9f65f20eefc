package workbook.grader.broken.lesson03;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Broadcasts "Broadcast:" with no space before the message. */
public class PrefixWithoutSpace extends QuietServer {
    public PrefixWithoutSpace(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        broadcast("Broadcast:" + message);
    }
}
