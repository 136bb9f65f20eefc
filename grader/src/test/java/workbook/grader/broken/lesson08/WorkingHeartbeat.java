package workbook.grader.broken.lesson08;

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
import workbook.grader.broken.QuietServer;

/**
 * A lesson 08 server that works, in small steps, so that each broken server of lesson 08 overrides the one step it
 * gets wrong and keeps the rest.
 */
abstract class WorkingHeartbeat extends QuietServer {

    final Duration interval;
    final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "heartbeat"));
    final Map<WebSocket, Boolean> isAlive = new ConcurrentHashMap<>();
    final Set<WebSocket> room = new HashSet<>();

    WorkingHeartbeat(int port, Duration interval) {
        super(port);
        this.interval = interval;
        setConnectionLostTimeout(0);
    }

    @Override
    public void start() {
        startHeartbeat();
        super.start();
    }

    void startHeartbeat() {
        heartbeat.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void beat() {
        for (WebSocket conn : isAlive.keySet()) {
            if (Boolean.FALSE.equals(isAlive.replace(conn, false))) {
                cutOff(conn);
            } else {
                ping(conn);
            }
        }
    }

    void cutOff(WebSocket conn) {
        conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, "no pong");
    }

    void ping(WebSocket conn) {
        try {
            if (conn.isOpen()) {
                conn.sendPing();
            }
        } catch (WebsocketNotConnectedException closedMeanwhile) {
            // onClose takes it from here
        }
    }

    @Override
    public void onWebsocketPong(WebSocket conn, Framedata pong) {
        isAlive.replace(conn, true);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        isAlive.put(conn, true);
        synchronized (room) {
            room.add(conn);
            sendToRoom(joinLine(room.size()));
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        isAlive.remove(conn);
        synchronized (room) {
            if (room.remove(conn)) {
                sendToRoom(leaveLine(room.size()));
            }
        }
    }

    static String joinLine(int count) {
        return "새로운 유저 접속 [현재: " + count + "명]";
    }

    static String leaveLine(int count) {
        return "유저 연결 해제 [현재: " + count + "명]";
    }

    /** Every open client in the room; the caller holds the room's lock. */
    void sendToRoom(String text) {
        for (WebSocket client : room) {
            if (client.isOpen()) {
                client.send(text);
            }
        }
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        stopHeartbeat();
        synchronized (room) {
            room.clear();
        }
        super.stop(timeout, closeMessage);
    }

    void stopHeartbeat() {
        heartbeat.shutdownNow();
    }
}
