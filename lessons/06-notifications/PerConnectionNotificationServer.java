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
    /** One thread runs every connection's timer. */
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);

    /** Tutorial 004's interval: 3 seconds. */
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
        // TODO: (선택 과제) timers.scheduleAtFixedRate 로 이 연결에만 period 마다 NotificationServer.NOTIFICATION 을 보내는
        //       타이머를 만드세요 (conn.isOpen() 일 때만 보냄). 돌려받은 ScheduledFuture 는 conn.setAttachment(...) 로
        //       연결에 붙여 두세요: 튜토리얼의 ws.interval = setInterval(...) 입니다.
        //       (Optional task) With timers.scheduleAtFixedRate, make a timer that sends NotificationServer.NOTIFICATION to
        //       this connection alone, once every period (only while conn.isOpen()). Keep the ScheduledFuture you get back
        //       on the connection with conn.setAttachment(...): the tutorial's ws.interval = setInterval(...).
        throw new UnsupportedOperationException(
                "레슨 06 선택 과제: onOpen 에서 이 연결의 타이머를 시작하세요 / Lesson 06, optional: start this connection's timer in onOpen of lessons/06-notifications/PerConnectionNotificationServer.java");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("Received message: " + message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("Client disconnected");
        // TODO: (선택 과제) conn.getAttachment() 로 이 연결의 타이머를 꺼내 cancel(false) 로 멈추세요: clearInterval(ws.interval).
        //       (Optional task) Take this connection's timer back with conn.getAttachment() and stop it with cancel(false):
        //       clearInterval(ws.interval).
        throw new UnsupportedOperationException(
                "레슨 06 선택 과제: onClose 에서 이 연결의 타이머를 멈추세요 / Lesson 06, optional: cancel this connection's timer in onClose of lessons/06-notifications/PerConnectionNotificationServer.java");
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        timers.shutdownNow();
        super.stop(timeout, closeMessage);
    }

    /** How many timers are scheduled right now. The grader reads it: once every client has left, it must be 0. */
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
