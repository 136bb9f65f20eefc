package workbook.grader.broken.lesson01.stuck;

import java.util.concurrent.CountDownLatch;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Echoes correctly but starts a thread of its own that stop() never ends. */
public class LeaksAThread extends QuietServer {
    private static final CountDownLatch NEVER = new CountDownLatch(1);

    public LeaksAThread(int port) {
        super(port);
        Thread heartbeat = new Thread(() -> {
            try {
                NEVER.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "heartbeat");
        heartbeat.setDaemon(true);
        heartbeat.start();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("Server received: " + message);
    }
}
