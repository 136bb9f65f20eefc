package workbook.lesson01;

import java.time.Duration;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.LessonServer;

/** Lesson 01 · 에코 서버 / Echo server: every message goes back to its sender with a prefix. */
public class EchoServer extends LessonServer {

    public EchoServer(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("Client connected");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("Received message: " + message);
        // TODO: 보낸 클라이언트(conn)에게 "Server received: " 뒤에 message 를 붙여 돌려보내세요.
        //       Send "Server received: " followed by message back to the client that sent it (conn).
        throw new UnsupportedOperationException(
                "레슨 01: onMessage 를 완성하세요 / Lesson 01: complete onMessage in lessons/01-echo/EchoServer.java");
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("Client disconnected");
    }

    public static void main(String[] args) throws InterruptedException {
        EchoServer server = new EchoServer(8080);
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket server is running on ws://localhost:" + port);
    }
}
