package workbook.grader.broken.lesson01;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Capitalises the prefix: "Server Received: ". */
public class WrongPrefix extends QuietServer {
    public WrongPrefix(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("Server Received: " + message);
    }
}
