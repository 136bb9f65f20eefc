package workbook.lesson06;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.LessonServer;

/**
 * Lesson 06, optional · 연결마다 타이머 / A timer per connection (tutorial 004): each connection gets the
 * notification from a timer of its own, started when it connects and cancelled when it closes.
 */
public class PerConnectionNotificationServer extends LessonServer {

    private final Duration period;
    /** 스레드 하나가 모든 연결의 타이머를 돌립니다. / One thread runs every connection's timer. */
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);

    /** 튜토리얼 004의 주기: 3초. / Tutorial 004's interval: 3 seconds. */
    public PerConnectionNotificationServer(int port) {
        this(port, Duration.ofSeconds(3));
    }

    public PerConnectionNotificationServer(int port, Duration period) {
        super(port);
        this.period = period;
        timers.setRemoveOnCancelPolicy(true); // a cancelled timer leaves the queue at once: see scheduledTimers()
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("Client connected");
        long millis = period.toMillis();
        ScheduledFuture<?> timer = timers.scheduleAtFixedRate(() -> {
            if (conn.isOpen()) {
                conn.send(NotificationServer.NOTIFICATION);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        conn.setAttachment(timer); // ws.interval = setInterval(...)
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("Received message: " + message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("Client disconnected");
        ScheduledFuture<?> timer = conn.getAttachment();
        timer.cancel(false); // clearInterval(ws.interval)
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        timers.shutdownNow();
        super.stop(timeout, closeMessage);
    }

    /** 지금 예약된 타이머 수. 채점기가 읽습니다: 모든 클라이언트가 떠나면 0이어야 합니다.
     * How many timers are scheduled right now. The grader reads it: once every client has left, it must be 0. */
    public int scheduledTimers() {
        return timers.getQueue().size();
    }

    public static void main(String[] args) throws InterruptedException {
        PerConnectionNotificationServer server = new PerConnectionNotificationServer(8080);
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket notification server is running on ws://localhost:" + port);
    }
}
