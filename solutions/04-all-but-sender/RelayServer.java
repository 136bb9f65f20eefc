package workbook.lesson04;

import java.time.Duration;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.LessonServer;

/** Lesson 04 · 보낸 사람 빼고 전달 / All but the sender: every message goes on, unchanged, to everyone else. */
public class RelayServer extends LessonServer {

    public RelayServer(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("client connected");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("received: " + message);
        for (WebSocket client : getConnections()) {
            // client !== ws: 같은 연결 객체가 곧 보낸 사람입니다.
            // client !== ws: the same connection object is the sender.
            if (client != conn && client.isOpen()) {
                client.send(message);
            }
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("client disconnected");
    }

    public static void main(String[] args) throws InterruptedException {
        RelayServer server = new RelayServer(8080);
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket server is running on ws://localhost:" + port);
    }
}
