package workbook.grader.broken.lesson03;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/** Keeps its own list of clients, never forgets one and never asks isOpen(): send throws for a closed client. */
public class SendsToClosedClients extends QuietServer {
    private final List<WebSocket> everyoneEver = new CopyOnWriteArrayList<>();

    public SendsToClosedClients(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        everyoneEver.add(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        for (WebSocket client : everyoneEver) {
            client.send("Broadcast: " + message);
        }
    }
}
