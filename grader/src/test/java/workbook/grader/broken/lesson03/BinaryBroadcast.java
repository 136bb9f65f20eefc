package workbook.grader.broken.lesson03;

import java.nio.charset.StandardCharsets;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Broadcasts the right bytes in binary frames, as ws 8 does when a Buffer is sent on. */
public class BinaryBroadcast extends QuietServer {
    public BinaryBroadcast(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        broadcast(("Broadcast: " + message).getBytes(StandardCharsets.UTF_8));
    }
}
