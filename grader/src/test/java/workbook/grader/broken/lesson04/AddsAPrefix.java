package workbook.grader.broken.lesson04;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Relays to the others with lesson 03's prefix still in front. */
public class AddsAPrefix extends QuietServer {
    public AddsAPrefix(int port) {
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
