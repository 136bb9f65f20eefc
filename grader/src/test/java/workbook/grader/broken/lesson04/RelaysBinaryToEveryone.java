package workbook.grader.broken.lesson04;

import java.nio.ByteBuffer;
import org.java_websocket.WebSocket;

/** Relays text correctly, but a binary frame goes to everyone, its sender too (broadcast(bytes)). */
public class RelaysBinaryToEveryone extends RelaysBinaryAsBinary {
    public RelaysBinaryToEveryone(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer bytes) {
        broadcast(bytes);
    }
}
