package workbook.grader.broken.lesson01;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Answers each message with a flood: the reply 200,000 times, as a loop that forgot to stop would. */
public class RepliesOverAndOver extends QuietServer {
    public RepliesOverAndOver(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        for (int i = 0; i < 200_000 && conn.isOpen(); i++) {
            conn.send("Server received: " + message);
        }
    }
}
