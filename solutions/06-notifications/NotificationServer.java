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
    /** Java의 setInterval: 알림을 자기 스레드에서 주기마다 한 번 실행합니다. / Java's setInterval: runs the notification on a thread of its own, once per period. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    /** 튜토리얼의 서버: 5초마다 알림. / The tutorial's server: a notification every 5 seconds. */
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

    /** setInterval(() => sendNotification(...), 5000)에 해당합니다. / What setInterval(() => sendNotification(...), 5000) does. */
    private void startNotifications() {
        long millis = period.toMillis();
        timer.scheduleAtFixedRate(() -> sendNotification(NOTIFICATION), millis, millis, TimeUnit.MILLISECONDS);
    }

    void sendNotification(String message) {
        for (WebSocket client : getConnections()) {
            if (client.isOpen()) {
                client.send(message);
            }
        }
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

    /** 모든 stop()이 여기로 옵니다: 타이머를 먼저 멈춰 stop() 뒤에는 아무것도 보내지 않고 타이머 스레드도 남기지 않습니다.
     * Every stop() ends here: the timer goes first, so nothing is sent after stop() and no timer thread is left. */
    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        timer.shutdownNow();
        super.stop(timeout, closeMessage);
    }

    public static void main(String[] args) throws InterruptedException {
        NotificationServer server = new NotificationServer(8080);
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket notification server is running on ws://localhost:" + port);
    }
}
