package workbook.grader.broken.lesson09;

import java.util.concurrent.CountDownLatch;
import org.java_websocket.WebSocket;

/** Waits forever in onMessage (a lock never released, a call that never returns): nothing is ever sent. */
public class HangsOnMessage extends RedisRelay {
    private final CountDownLatch never = new CountDownLatch(1);

    public HangsOnMessage(int port, String redisUri) {
        super(port, redisUri);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            never.await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
