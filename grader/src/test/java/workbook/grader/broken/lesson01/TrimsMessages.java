package workbook.grader.broken.lesson01;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Tidies each message with trim() before echoing it: spaces, tabs and line breaks at its ends are lost. */
public class TrimsMessages extends QuietServer {
    public TrimsMessages(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("Server received: " + message.trim());
    }
}
