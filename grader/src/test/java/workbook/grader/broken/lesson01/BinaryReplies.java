package workbook.grader.broken.lesson01;

import java.nio.charset.StandardCharsets;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Sends the right bytes in a binary frame, as ws 8 does when a Buffer is sent on. */
public class BinaryReplies extends QuietServer {
    public BinaryReplies(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send(("Server received: " + message).getBytes(StandardCharsets.UTF_8));
    }
}
