package workbook.grader.browser.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The grader's own WebSocket server for a client check: it records every frame the page sends, in order, and sends
 * only what the check tells it to. It listens on loopback, on a free port.
 */
public final class ScriptedServer extends WebSocketServer implements AutoCloseable {

    private static final Duration START_BOUND = Duration.ofSeconds(2);

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch connected = new CountDownLatch(1);
    private final LinkedBlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final List<String> everything = new CopyOnWriteArrayList<>();
    private volatile WebSocket page;

    private ScriptedServer() {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        setReuseAddr(true);
    }

    public static ScriptedServer listen() throws InterruptedException {
        ScriptedServer server = new ScriptedServer();
        server.start();
        if (!server.started.await(START_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the grader's own WebSocket server did not start within "
                    + START_BOUND.toMillis() + " ms");
        }
        return server;
    }

    public URI uri() {
        return URI.create("ws://127.0.0.1:" + getPort());
    }

    public boolean awaitConnection(Duration bound) throws InterruptedException {
        return connected.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next frame the page sent within {@code bound}, or null. Binary frames read as {@code [binary N bytes]}. */
    public String next(Duration bound) throws InterruptedException {
        return received.poll(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every frame the page has sent so far, in order. */
    public List<String> everythingReceived() {
        return List.copyOf(everything);
    }

    public void send(String text) {
        WebSocket to = page;
        if (to != null && to.isOpen()) {
            to.send(text);
        }
    }

    /** Closes the page's connection with a close frame, as a server that stops would. */
    public void closeConnection() {
        WebSocket to = page;
        if (to != null) {
            to.close(1001, "the grader closes the connection");
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        if (page == null) {
            page = conn;
        }
        connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        everything.add(message);
        received.add(message);
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {
        String shown = "[binary " + message.remaining() + " bytes]";
        everything.add(shown);
        received.add(shown);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        // nothing to do: the check reads what the page shows
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            started.countDown();
        }
    }

    @Override
    public void close() {
        try {
            stop(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
