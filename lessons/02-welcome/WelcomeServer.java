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
        // TODO: 방금 연결한 클라이언트(conn)에게만 "Welcome to the WebSocket server!" 를 보내세요.
        //       Send "Welcome to the WebSocket server!" to the client that has just connected (conn), and to no one else.
        throw new UnsupportedOperationException(
                "레슨 02: onOpen 에서 환영 메시지를 보내세요 / Lesson 02: send the welcome in onOpen in lessons/02-welcome/WelcomeServer.java");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("Received message => " + message);
        // TODO: 보낸 클라이언트(conn)에게 "You said: " 뒤에 message 를 붙여 답하세요.
        //       Answer the client that sent it (conn) with "You said: " followed by message.
        throw new UnsupportedOperationException(
                "레슨 02: onMessage 를 완성하세요 / Lesson 02: complete onMessage in lessons/02-welcome/WelcomeServer.java");
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
