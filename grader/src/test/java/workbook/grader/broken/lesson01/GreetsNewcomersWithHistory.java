package workbook.grader.broken.lesson01;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/** Replays every earlier reply to a client that connects later. */
public class GreetsNewcomersWithHistory extends QuietServer {
    private final List<String> history = new CopyOnWriteArrayList<>();

    public GreetsNewcomersWithHistory(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        history.forEach(conn::send);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        String reply = "Server received: " + message;
        history.add(reply);
        conn.send(reply);
    }
}
