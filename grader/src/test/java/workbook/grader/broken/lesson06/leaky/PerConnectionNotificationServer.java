package workbook.grader.broken.lesson06.leaky;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/** The optional task's server whose per-connection timers are never cancelled (setInterval without clearInterval). */
public class PerConnectionNotificationServer extends QuietServer {
    private final Duration period;
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);

    public PerConnectionNotificationServer(int port, Duration period) {
        super(port);
        this.period = period;
        timers.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.setAttachment(timers.scheduleAtFixedRate(() -> {
            if (conn.isOpen()) {
                conn.send("This is a real-time notification");
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        timers.shutdownNow();
        super.stop(timeout, closeMessage);
    }

    public int scheduledTimers() {
        return timers.getQueue().size();
    }
}
