package workbook.grader.broken.lesson04;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Tidies each message with trim() before relaying it: the text no longer arrives exactly as sent. */
public class TrimsMessages extends QuietServer {
    public TrimsMessages(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        for (WebSocket client : getConnections()) {
            if (client != conn && client.isOpen()) {
                client.send(message.trim());
            }
        }
    }
}
