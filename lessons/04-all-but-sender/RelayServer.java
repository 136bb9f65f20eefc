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
        // TODO: getConnections() 를 돌며, 보낸 사람(conn)이 아니고 열려 있는 클라이언트에게 message 를 그대로 보내세요.
        //       Loop over getConnections() and send message, unchanged, to every open client that is not the sender (conn).
        throw new UnsupportedOperationException(
                "레슨 04: onMessage 를 완성하세요 / Lesson 04: complete onMessage in lessons/04-all-but-sender/RelayServer.java");
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
