package workbook.grader.broken.lesson03;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Skips the sender, as lesson 04 does: in this lesson the sender receives its own broadcast too. */
public class ExcludesTheSender extends QuietServer {
    public ExcludesTheSender(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        for (WebSocket client : getConnections()) {
            if (client != conn && client.isOpen()) {
                client.send("Broadcast: " + message);
            }
        }
    }
}
