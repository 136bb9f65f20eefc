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
        // TODO: getConnections() 를 돌며 열려 있는(isOpen()) 모든 클라이언트에게, 보낸 사람도 빠짐없이, "Broadcast: " + message 를 보내세요.
        //       Loop over getConnections() and send "Broadcast: " + message to every client that isOpen(), the sender included.
        throw new UnsupportedOperationException(
                "레슨 03: onMessage 를 완성하세요 / Lesson 03: complete onMessage in lessons/03-broadcast/BroadcastServer.java");
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
