package workbook.grader.broken.lesson09;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Lesson 03's broadcast, given a Redis address it never uses: each instance reaches only its own clients. */
public class BroadcastsLocallyOnly extends QuietServer {
    public BroadcastsLocallyOnly(int port, String redisUri) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        for (WebSocket client : getConnections()) {
            if (client.isOpen()) {
                client.send("Broadcast: " + message);
            }
        }
    }
}
