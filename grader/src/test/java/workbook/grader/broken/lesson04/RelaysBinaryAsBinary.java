package workbook.grader.broken.lesson04;

import java.nio.ByteBuffer;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/**
 * Not broken: text is relayed as text and a binary frame unchanged, as binary, to the others, as the tutorial's relay
 * did on ws 7. CONTRACT.md allows this for lesson 04; it must pass every check.
 */
public class RelaysBinaryAsBinary extends QuietServer {
    public RelaysBinaryAsBinary(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        for (WebSocket client : getConnections()) {
            if (client != conn && client.isOpen()) {
                client.send(message);
            }
        }
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer bytes) {
        for (WebSocket client : getConnections()) {
            if (client != conn && client.isOpen()) {
                client.send(bytes.duplicate());
            }
        }
    }
}
