package workbook.grader.broken.lesson02;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Answers every message correctly but never welcomes anyone. */
public class NoWelcome extends QuietServer {
    public NoWelcome(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("You said: " + message);
    }
}
