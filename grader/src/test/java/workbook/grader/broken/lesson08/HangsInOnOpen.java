package workbook.grader.broken.lesson08;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;

/** Waits in onOpen for something that never comes (until stop()): every client hangs after its handshake. */
public class HangsInOnOpen extends WorkingHeartbeat {
    private final CountDownLatch never = new CountDownLatch(1);

    public HangsInOnOpen(int port, Duration interval) {
        super(port, interval);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        try {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        never.countDown();
        super.stop(timeout, closeMessage);
    }
}
