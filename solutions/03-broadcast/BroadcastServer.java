package workbook.lesson03;

import java.time.Duration;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.LessonServer;

/** Lesson 03 · 브로드캐스트 / Broadcast: every message goes to every open client, the sender included. */
public class BroadcastServer extends LessonServer {

    public BroadcastServer(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("Client connected");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("Received message: " + message);
        // readyState === OPEN을 확인하는 wss.clients.forEach(...): 닫히는 중이거나 떠난 클라이언트는 건너뜁니다.
        // wss.clients.forEach(...) with readyState === OPEN: skip the clients that are closing or gone.
        for (WebSocket client : getConnections()) {
            if (client.isOpen()) {
                client.send("Broadcast: " + message);
            }
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("Client disconnected");
    }

    public static void main(String[] args) throws InterruptedException {
        BroadcastServer server = new BroadcastServer(8080);
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket server is running on ws://localhost:" + port);
    }
}
