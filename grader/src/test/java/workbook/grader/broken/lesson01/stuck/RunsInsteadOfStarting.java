package workbook.grader.broken.lesson01.stuck;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/**
 * Echoes correctly, but its start() calls run(), the server's own loop, on the caller's thread: it listens, and start()
 * never returns (until the grader closes the server).
 */
public class RunsInsteadOfStarting extends QuietServer {

    public RunsInsteadOfStarting(int port) {
        super(port);
    }

    @Override
    public void start() {
        run();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("Server received: " + message);
    }
}
