package workbook.grader.broken.lesson08;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/**
 * A correct heartbeat written another way than the reference: the time of each connection's last pong instead of
 * an isAlive flag, a {@link Timer} (at a fixed delay, as {@code schedule} runs) instead of an executor, a close frame instead of closeConnection, and a list
 * instead of a set for the room. It must pass every check.
 */
public class LastPongTimes extends QuietServer {

    private final long intervalNanos;
    private final Map<WebSocket, Long> lastPong = new ConcurrentHashMap<>();
    private final List<WebSocket> room = new ArrayList<>();
    private final Timer timer = new Timer("pinger", true);

    public LastPongTimes(int port, Duration interval) {
        super(port);
        this.intervalNanos = interval.toNanos();
        setConnectionLostTimeout(0);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                pingOrClose();
            }
        }, interval.toMillis(), interval.toMillis());
    }

    /** Silent for more than one and a half intervals: one ping went unanswered for a whole interval. */
    private void pingOrClose() {
        long now = System.nanoTime();
        lastPong.forEach((conn, answered) -> {
            if (now - answered > intervalNanos * 3 / 2) {
                conn.close(CloseFrame.GOING_AWAY, "silent for " + (now - answered) / 1_000_000 + " ms");
            } else if (conn.isOpen()) {
                try {
                    conn.sendPing();
                } catch (RuntimeException closing) {
                    System.out.println("no ping for a closing connection: " + closing);
                }
            }
        });
    }

    @Override
    public void onWebsocketPong(WebSocket conn, Framedata pong) {
        lastPong.computeIfPresent(conn, (c, before) -> System.nanoTime());
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        lastPong.put(conn, System.nanoTime());
        synchronized (room) {
            room.add(conn);
            announce("새로운 유저 접속 [현재: " + room.size() + "명]");
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        lastPong.remove(conn);
        synchronized (room) {
            if (room.remove(conn)) {
                announce("유저 연결 해제 [현재: " + room.size() + "명]");
            }
        }
    }

    private void announce(String line) {
        room.stream().filter(WebSocket::isOpen).forEach(c -> c.send(line));
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        timer.cancel();
        synchronized (room) {
            room.clear();
        }
        super.stop(timeout, closeMessage);
    }
}
