package workbook.grader.broken.lesson02;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Waits for a client's first message before welcoming it, then answers as it should. */
public class WelcomesOnFirstMessage extends QuietServer {
    private final Set<WebSocket> welcomed = ConcurrentHashMap.newKeySet();

    public WelcomesOnFirstMessage(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        if (welcomed.add(conn)) {
            conn.send("Welcome to the WebSocket server!");
        }
        conn.send("You said: " + message);
    }
}
