package workbook.grader.broken.lesson04;

import java.nio.charset.StandardCharsets;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Relays the received bytes as binary frames, as the tutorial's client.send(message) does with ws 8. */
public class BinaryRelay extends QuietServer {
    public BinaryRelay(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (WebSocket client : getConnections()) {
            if (client != conn && client.isOpen()) {
                client.send(bytes);
            }
        }
    }
}
