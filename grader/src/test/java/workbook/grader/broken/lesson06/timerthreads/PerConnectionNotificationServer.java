package workbook.grader.broken.lesson06.timerthreads;

import java.time.Duration;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/**
 * The optional task's server with a java.util.Timer (a thread) per connection. It counts its timers in a set of its
 * own, which it keeps tidy, but it never cancels the Timer itself: the count says 0 while the threads pile up.
 */
public class PerConnectionNotificationServer extends QuietServer {
    private final Duration period;
    private final Set<Timer> timers = ConcurrentHashMap.newKeySet();

    public PerConnectionNotificationServer(int port, Duration period) {
        super(port);
        this.period = period;
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        Timer timer = new Timer("timer-of-" + conn.getRemoteSocketAddress(), true);
        timer.scheduleAtFixedRate(new TimerTask() {
            @Override
            public void run() {
                if (conn.isOpen()) {
                    conn.send("This is a real-time notification");
                }
            }
        }, period.toMillis(), period.toMillis());
        timers.add(timer);
        conn.setAttachment(timer);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        timers.remove(conn.<Timer>getAttachment());
    }

    public int scheduledTimers() {
        return timers.size();
    }
}
