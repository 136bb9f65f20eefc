package workbook.grader.broken.lesson02;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/** Sends the welcome twice on connect, as a copied line does. */
public class WelcomesTwice extends QuietServer {
    public WelcomesTwice(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send("Welcome to the WebSocket server!");
        conn.send("Welcome to the WebSocket server!");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("You said: " + message);
    }
}
