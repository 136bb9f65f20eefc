package workbook.grader.broken.lesson06.javatimer;

import java.time.Duration;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/**
 * Not broken: the optional task done with one java.util.Timer per connection, cancelled on close, instead of the
 * stub's executor (kept, unused, with its scheduledTimers(), as a learner would leave it). CONTRACT.md counts any timer
 * mechanism, so it passes every check, the optional ones included.
 */
public class PerConnectionNotificationServer extends QuietServer {
    private final Duration period;
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);

    public PerConnectionNotificationServer(int port, Duration period) {
        super(port);
        this.period = period;
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        Timer timer = new Timer("notifications-of-" + conn.getRemoteSocketAddress(), true);
        timer.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                if (conn.isOpen()) {
                    conn.send("This is a real-time notification");
                }
            }
        }, period.toMillis(), period.toMillis());
        conn.setAttachment(timer);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        Timer timer = conn.getAttachment();
        if (timer != null) {
            timer.cancel();
        }
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
