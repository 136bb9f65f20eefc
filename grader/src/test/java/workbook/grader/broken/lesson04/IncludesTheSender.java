package workbook.grader.broken.lesson04;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Relays to every open client, the sender included: the loop has no client != conn. */
public class IncludesTheSender extends QuietServer {
    public IncludesTheSender(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        for (WebSocket client : getConnections()) {
            if (client.isOpen()) {
                client.send(message);
            }
        }
    }
}
