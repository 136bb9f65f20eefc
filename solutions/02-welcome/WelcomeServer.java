package workbook.lesson02;

import java.time.Duration;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.LessonServer;

/** Lesson 02 · 환영 메시지 / Welcome message: greet each newcomer, then answer each message. */
public class WelcomeServer extends LessonServer {

    public WelcomeServer(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("Client connected");
        // conn은 새로 들어온 클라이언트 하나뿐이라 환영 메시지는 다른 누구에게도 가지 않습니다.
        // conn is the newcomer alone: the welcome reaches nobody else.
        conn.send("Welcome to the WebSocket server!");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("Received message => " + message);
        conn.send("You said: " + message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("Client disconnected");
    }

    public static void main(String[] args) throws InterruptedException {
        WelcomeServer server = new WelcomeServer(8080);
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket server is running on ws://localhost:" + port);
    }
}
