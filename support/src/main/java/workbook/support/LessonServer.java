package workbook.support;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.server.WebSocketServer;

/**
 * The base of every lesson server: a plain Java-WebSocket {@link WebSocketServer} that listens on the loopback
 * address, reports a taken port in words, remembers the errors its callbacks threw (the grader reads them to
 * tell "not implemented yet" from "wrong answer"), and stops within a bound.
 *
 * <p>모든 레슨 서버의 바탕: Java-WebSocket 의 {@code WebSocketServer} 그대로이며, 루프백 주소에서만 듣고,
 * 포트가 이미 쓰이면 말로 알려 주고, 콜백이 던진 오류를 기억하며, 정해진 시간 안에 멈춥니다.
 */
public abstract class LessonServer extends WebSocketServer {

    /** How long {@link #stop()} waits for connections to close before it lets go of them. */
    public static final int STOP_TIMEOUT_MILLIS = 1000;

    private final CountDownLatch started = new CountDownLatch(1);
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private volatile Throwable startFailure;

    protected LessonServer(int port) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        setReuseAddr(true);
    }

    /** Called once the port is bound. An override should call {@code super.onStart()}. */
    @Override
    public void onStart() {
        started.countDown();
    }

    /**
     * Called when a callback throws or the connection fails; {@code conn} is null for a server-wide error,
     * such as a port that is already taken.
     */
    @Override
    public void onError(WebSocket conn, Exception ex) {
        errors.add(ex);
        if (conn == null) {
            startFailure = ex;
            started.countDown();
            System.err.println(describeStartFailure(ex));
        } else {
            System.err.println("[" + getClass().getSimpleName() + "] error: " + ex);
        }
    }

    /** Stops with a bound: Java-WebSocket's own {@code stop()} waits without one. */
    @Override
    public void stop() throws InterruptedException {
        stop(STOP_TIMEOUT_MILLIS);
    }

    /**
     * Every {@code stop} ends here. The close frames go out before Java-WebSocket's own stop begins: that one marks
     * the server closed first, and its selector thread gives up after five idle rounds of 5 ms, so on a busy machine
     * the clients it had not reached yet were never sent their close frame and kept an open socket. That thread also
     * ends without closing the sockets it has not finished with (a client that has not read its close frame yet), so
     * what is still open afterwards is closed here: stop() leaves no connection open.
     */
    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        for (WebSocket conn : getConnections()) {
            conn.close(CloseFrame.GOING_AWAY, closeMessage);
        }
        super.stop(timeout, closeMessage);
        for (WebSocket conn : getConnections()) {
            conn.closeConnection(CloseFrame.GOING_AWAY, closeMessage);
        }
    }

    /**
     * Waits until the server listens and returns its port (the real one when it was built with port 0).
     *
     * @throws IllegalStateException when the port could not be bound or the server did not start in time
     */
    public int awaitListening(Duration timeout) throws InterruptedException {
        boolean done = started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (startFailure != null) {
            throw new IllegalStateException(describeStartFailure(startFailure), startFailure);
        }
        if (!done && getPort() <= 0) {
            throw new IllegalStateException("the server did not start listening within " + timeout.toMillis()
                    + " ms (if you override onStart, call super.onStart())");
        }
        return getPort();
    }

    /** Every exception a callback threw so far, oldest first. */
    public List<Throwable> errors() {
        return List.copyOf(errors);
    }

    private String describeStartFailure(Throwable ex) {
        if (ex instanceof BindException) {
            return "포트 " + getAddress().getPort() + "번을 이미 다른 프로그램이 쓰고 있습니다. 그 서버를 끄고 다시 실행하세요."
                    + " / Port " + getAddress().getPort() + " is already in use: stop the other server and run again.";
        }
        return "서버를 시작하지 못했습니다 / The server could not start: " + ex;
    }
}
