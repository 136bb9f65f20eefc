package workbook.grader.broken.lesson06;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;

/** Keeps a list of its own that a closed client never leaves, sends to all of it, and logs each failure. */
public class KeepsClosedClients extends WorkingNotifier {
    private final List<WebSocket> clients = new CopyOnWriteArrayList<>();

    public KeepsClosedClients(int port, Duration period) {
        super(port, period);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        clients.add(conn);
    }

    @Override
    void tick() {
        for (WebSocket client : clients) {
            try {
                client.send(text());
            } catch (WebsocketNotConnectedException e) {
                onError(client, e);
            }
        }
    }
}
