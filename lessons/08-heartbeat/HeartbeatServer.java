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
        // TODO: heartbeat.scheduleWithFixedDelay(할 일, 처음 기다릴 시간, 간격, 단위)로 interval 마다 beat()를 부르게 하세요
        //       (interval.toMillis()와 TimeUnit.MILLISECONDS). 레슨 06의 scheduleAtFixedRate와 왜 다른지는 레슨 글에 있습니다.
        //       With heartbeat.scheduleWithFixedDelay(task, initial delay, delay, unit), call beat() once every interval
        //       (interval.toMillis() with TimeUnit.MILLISECONDS). The lesson text says why not lesson 06's scheduleAtFixedRate.
        throw new UnsupportedOperationException(
                "레슨 08: startHeartbeat에서 하트비트 타이머를 시작하세요 / Lesson 08: start the heartbeat timer in startHeartbeat of lessons/08-heartbeat/HeartbeatServer.java");
    }

    /** One beat: whoever did not answer the last ping is cut off; everyone else is marked "not yet" and pinged. */
    void beat() {
        // TODO: isAlive의 연결마다: 지난 ping에 답하지 않았으면 (false) conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "...")
        //       으로 끊고 (ws.terminate()), 답했으면 false로 바꾼 뒤 conn.sendPing()을 보내세요. isAlive.replace(conn, false)는
        //       바꾸기 전의 값을 돌려줍니다. 닫히는 중인 연결에 보낸 ping이 던지는 예외가 타이머를 멈추지 않게 하세요.
        //       For each connection in isAlive: if it did not answer the last ping (false), cut it off with
        //       conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "...") (ws.terminate()); otherwise set it to false and send
        //       conn.sendPing(). isAlive.replace(conn, false) returns the value it replaced. Do not let the exception a ping
        //       to a closing connection throws stop the timer.
        throw new UnsupportedOperationException(
                "레슨 08: beat를 완성하세요 / Lesson 08: complete beat in lessons/08-heartbeat/HeartbeatServer.java");
    }

    /** ws.on('pong', () => { ws.isAlive = true; }): the client answered. */
    @Override
    public void onWebsocketPong(WebSocket conn, Framedata pong) {
        // TODO: 이 연결이 ping에 답했다고 적어 두세요: isAlive.replace(conn, true) (ws의 ws.isAlive = true).
        //       Note that this connection answered: isAlive.replace(conn, true) (ws's ws.isAlive = true).
        throw new UnsupportedOperationException(
                "레슨 08: onWebsocketPong을 완성하세요 / Lesson 08: complete onWebsocketPong in lessons/08-heartbeat/HeartbeatServer.java");
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
        // TODO: 하트비트 타이머를 멈추세요: heartbeat.shutdownNow(). / Stop the heartbeat timer: heartbeat.shutdownNow().
        throw new UnsupportedOperationException(
                "레슨 08: stopHeartbeat에서 하트비트 타이머를 멈추세요 / Lesson 08: stop the heartbeat timer in stopHeartbeat of lessons/08-heartbeat/HeartbeatServer.java");
    }

    public static void main(String[] args) throws InterruptedException {
        HeartbeatServer server = new HeartbeatServer(8080);
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket heartbeat server is running on ws://localhost:" + port
                + " (a ping every " + server.interval.toSeconds() + " s)");
    }
}
