package workbook.grader.broken.lesson04;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Sends each message back to its sender alone: the condition is the wrong way round. */
public class SendsBackToTheSender extends QuietServer {
    public SendsBackToTheSender(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        for (WebSocket client : getConnections()) {
            if (client == conn && client.isOpen()) {
                client.send(message);
            }
        }
    }
}
