package workbook.tools.serve;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/** A plain WebSocket client for serve's tests: connects within a bound and hands over what it receives. */
final class TextClient extends WebSocketClient {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    private TextClient(URI server) {
        super(server);
    }

    static TextClient connect(String url, Duration bound) throws InterruptedException {
        TextClient client = new TextClient(URI.create(url));
        if (!client.connectBlocking(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("could not connect to " + url + " within " + bound.toMillis() + " ms");
        }
        return client;
    }

    /** The next text frame, or null when none came within the bound. */
    String next(Duration bound) throws InterruptedException {
        return received.poll(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
    }

    @Override
    public void onMessage(String message) {
        received.add(message);
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
    }

    @Override
    public void onError(Exception ex) {
        received.add("client error: " + ex);
    }
}
