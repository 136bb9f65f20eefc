package workbook.lesson06;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.LessonServer;

/** Lesson 06 · 주기적 알림 / Periodic notifications: once every period, every open client gets a notification. */
public class NotificationServer extends LessonServer {

    static final String NOTIFICATION = "This is a real-time notification";

    private final Duration period;
    /** Java's setInterval: runs the notification on a thread of its own, once per period. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    /** The tutorial's server: a notification every 5 seconds. */
    public NotificationServer(int port) {
        this(port, Duration.ofSeconds(5));
    }

    public NotificationServer(int port, Duration period) {
        super(port);
        this.period = period;
    }

    @Override
    public void start() {
        startNotifications();
        super.start();
    }

    /** setInterval(() => sendNotification(...), 5000) */
    private void startNotifications() {
        // TODO: timer.scheduleAtFixedRate(할 일, 처음 기다릴 시간, 주기, 단위) 로 period 마다 sendNotification(NOTIFICATION) 을
        //       부르게 하세요. 시간은 period.toMillis() 와 TimeUnit.MILLISECONDS 로 주면 됩니다.
        //       With timer.scheduleAtFixedRate(task, initial delay, period, unit), call sendNotification(NOTIFICATION)
        //       once every period. Give the times as period.toMillis() with TimeUnit.MILLISECONDS.
        throw new UnsupportedOperationException(
                "레슨 06: startNotifications 에서 타이머를 시작하세요 / Lesson 06: start the timer in startNotifications of lessons/06-notifications/NotificationServer.java");
    }

    void sendNotification(String message) {
        // TODO: getConnections() 중 열려 있는 (isOpen()) 클라이언트마다 message 를 보내세요.
        //       Send message to every client of getConnections() that is open (isOpen()).
        throw new UnsupportedOperationException(
                "레슨 06: sendNotification 을 완성하세요 / Lesson 06: complete sendNotification in lessons/06-notifications/NotificationServer.java");
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("Client connected");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("Received message: " + message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("Client disconnected");
    }

    /** Every stop() ends here: the timer goes first, so nothing is sent after stop() and no timer thread is left. */
    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        // TODO: 먼저 타이머를 멈추고 (timer.shutdownNow()), 그다음 super.stop(timeout, closeMessage) 를 부르세요.
        //       Stop the timer first (timer.shutdownNow()), then call super.stop(timeout, closeMessage).
        throw new UnsupportedOperationException(
                "레슨 06: stop 에서 타이머를 멈추세요 / Lesson 06: stop the timer in stop of lessons/06-notifications/NotificationServer.java");
    }

    public static void main(String[] args) throws InterruptedException {
        NotificationServer server = new NotificationServer(8080);
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket notification server is running on ws://localhost:" + port);
    }
}
