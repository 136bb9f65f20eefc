package workbook.grader.broken.lesson01.stuck;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/**
 * Echoes correctly, but its stop() first waits, without a bound, for a thread of its own that nothing ends (which
 * gives up by itself after 30 s, so the test run is not held).
 */
public class WaitsInStop extends QuietServer {
    private static final CountDownLatch NEVER = new CountDownLatch(1);

    private final Thread worker = new Thread(() -> {
        try {
            NEVER.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }, "worker");

    public WaitsInStop(int port) {
        super(port);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("Server received: " + message);
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        worker.join();
        super.stop(timeout, closeMessage);
    }
}
