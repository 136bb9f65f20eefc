package workbook.grader.broken.lesson07;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;

/**
 * Right by CONTRACT.md, though not the reference's way: when the server stops, it sends the clients away one at a
 * time, and each client still there hears the leave of the one before ("유저 연결 해제 [현재: N명]") ahead of its own
 * close frame. The reference empties the room first, so that nobody is told; both are right.
 */
public class AnnouncesLeavesWhileStopping extends WorkingChatRoom {

    private static final long LEAVE_BOUND_MILLIS = 2000;

    private final Map<WebSocket, CountDownLatch> left = new ConcurrentHashMap<>();

    public AnnouncesLeavesWhileStopping(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        super.onClose(conn, code, reason, remote);
        leaving(conn).countDown();
    }

    @Override
    protected void emptyRoom() {
        try {
            for (WebSocket conn : getConnections()) {
                conn.close(CloseFrame.GOING_AWAY);
                leaving(conn).await(LEAVE_BOUND_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CountDownLatch leaving(WebSocket conn) {
        return left.computeIfAbsent(conn, c -> new CountDownLatch(1));
    }
}
