package workbook.grader.broken.lesson03;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** The tutorial's loop without its readyState test: sends to every connection listed, a closing one too. */
public class ForgetsIsOpen extends QuietServer {
    public ForgetsIsOpen(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        for (WebSocket client : getConnections()) {
            client.send("Broadcast: " + message);
        }
    }
}
