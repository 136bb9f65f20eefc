package workbook.grader.broken.lesson01;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Sends the echo to every client instead of the sender alone. */
public class RepliesToEveryone extends QuietServer {
    public RepliesToEveryone(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        broadcast("Server received: " + message);
    }
}
