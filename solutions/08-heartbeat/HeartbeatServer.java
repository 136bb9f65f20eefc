package workbook.lesson08;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.LessonServer;

/**
 * Lesson 08 · 하트비트 / Heartbeat: every interval each client gets a ping; a client that did not answer the last
 * ping with a pong is cut off, and its leave is announced as in lesson 07.
 */
public class HeartbeatServer extends LessonServer {

    private final Duration interval;
    /** Java's setInterval for the heartbeat: one thread of its own, once per interval. */
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();
    /** ws's ws.isAlive, per connection: true once it answered the last ping. In on open, out on close. */
    private final Map<WebSocket, Boolean> isAlive = new ConcurrentHashMap<>();
    /** The clients in the room, as in lesson 07. Touch it only inside synchronized (room). */
    private final Set<WebSocket> room = new HashSet<>();

    /** The ws README's heartbeat: every 30 seconds. */
    public HeartbeatServer(int port) {
        this(port, Duration.ofSeconds(30));
    }

    public HeartbeatServer(int port, Duration heartbeatInterval) {
        super(port);
        this.interval = heartbeatInterval;
        // The library's own lost-connection timer (a ping every 60 s) is off: the heartbeat below is the one at work.
        setConnectionLostTimeout(0);
    }

    @Override
    public void start() {
        startHeartbeat();
        super.start();
    }

    /** setInterval(function ping() { ... }, 30000) */
    private void startHeartbeat() {
        long millis = interval.toMillis();
        // With a fixed delay, a beat that ran late is never followed at once by another, which would find that
        // nobody had had time to answer and cut everyone off.
        heartbeat.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One beat: whoever did not answer the last ping is cut off; everyone else is marked "not yet" and pinged. */
    void beat() {
        for (WebSocket conn : isAlive.keySet()) {
            if (Boolean.FALSE.equals(isAlive.replace(conn, false))) {
                conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "no pong within " + interval.toMillis() + " ms");
            } else if (conn.isOpen()) {
                try {
                    conn.sendPing();
                } catch (WebsocketNotConnectedException closedMeanwhile) {
                    // closed between the test and the ping: onClose takes it from here, and the timer must go on
                }
            }
        }
    }

    /** ws.on('pong', () => { ws.isAlive = true; }): the client answered. */
    @Override
    public void onWebsocketPong(WebSocket conn, Framedata pong) {
        isAlive.replace(conn, true);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("새로운 클라이언트 접속");
        isAlive.put(conn, true);
        synchronized (room) {
            room.add(conn);
            sendToRoom("새로운 유저 접속 [현재: " + room.size() + "명]");
        }
    }

    /** A close frame, a dropped connection, or the heartbeat's closeConnection: every way out ends here. */
    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("클라이언트 접속 해제 (" + code + (reason.isEmpty() ? "" : ", " + reason) + ")");
        isAlive.remove(conn);
        synchronized (room) {
            if (room.remove(conn)) {
                sendToRoom("유저 연결 해제 [현재: " + room.size() + "명]");
            }
        }
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("받은 메시지: " + message);
    }

    /** Every open client in the room; the caller holds the room's lock. */
    private void sendToRoom(String text) {
        for (WebSocket client : room) {
            if (client.isOpen()) {
                client.send(text);
            }
        }
    }

    /** Every stop() ends here: the heartbeat goes first, so no ping and no timer thread outlive the server. */
    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        stopHeartbeat();
        synchronized (room) {
            room.clear(); // everyone is sent away at once: nobody is told that somebody left
        }
        super.stop(timeout, closeMessage);
    }

    /** wss.on('close', () => clearInterval(interval)) */
    private void stopHeartbeat() {
        heartbeat.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        HeartbeatServer server = new HeartbeatServer(8080);
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket heartbeat server is running on ws://localhost:" + port
                + " (a ping every " + server.interval.toSeconds() + " s)");
    }
}
