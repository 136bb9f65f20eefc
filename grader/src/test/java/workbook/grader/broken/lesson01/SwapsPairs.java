package workbook.grader.broken.lesson01;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Holds every odd-numbered message back and sends it after the next one: replies arrive out of order. */
public class SwapsPairs extends QuietServer {
    private final Map<WebSocket, String> held = new ConcurrentHashMap<>();

    public SwapsPairs(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        String before = held.remove(conn);
        if (before == null) {
            held.put(conn, message);
            return;
        }
        conn.send("Server received: " + message);
        conn.send("Server received: " + before);
    }
}
