package workbook.grader.broken.lesson02;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/** Welcomes correctly but answers "You said:" with no space before the message. */
public class PrefixWithoutSpace extends QuietServer {
    public PrefixWithoutSpace(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send("Welcome to the WebSocket server!");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("You said:" + message);
    }
}
