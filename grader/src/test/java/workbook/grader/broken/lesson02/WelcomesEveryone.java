package workbook.grader.broken.lesson02;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/** Broadcasts the welcome on every join, so the clients already there are welcomed again. */
public class WelcomesEveryone extends QuietServer {
    public WelcomesEveryone(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        broadcast("Welcome to the WebSocket server!");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("You said: " + message);
    }
}
