package workbook.grader.broken.lesson03;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/** Broadcasts to the two clients that joined first and forgets the rest. */
public class ReachesOnlyTheFirstTwo extends QuietServer {
    private final List<WebSocket> joined = new CopyOnWriteArrayList<>();

    public ReachesOnlyTheFirstTwo(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        joined.add(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        joined.stream().limit(2).filter(WebSocket::isOpen).forEach(client -> client.send("Broadcast: " + message));
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        joined.remove(conn);
    }
}
