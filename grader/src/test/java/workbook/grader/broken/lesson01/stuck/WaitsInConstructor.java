package workbook.grader.broken.lesson01.stuck;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Echoes correctly, but its constructor waits for something that never comes (30 s, so the test run is not held). */
public class WaitsInConstructor extends QuietServer {
    private static final CountDownLatch NEVER = new CountDownLatch(1);

    public WaitsInConstructor(int port) throws InterruptedException {
        super(port);
        NEVER.await(30, TimeUnit.SECONDS);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("Server received: " + message);
    }
}
