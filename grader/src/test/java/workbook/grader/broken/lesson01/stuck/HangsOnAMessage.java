package workbook.grader.broken.lesson01.stuck;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import workbook.grader.broken.QuietServer;

/**
 * Hangs in onMessage, and from then on answers no handshake either, as a server whose threads all wait for one
 * another. Everything it holds up waits until the server stops, 30 s at the most.
 */
public class HangsOnAMessage extends QuietServer {

    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean hanging;

    public HangsOnAMessage(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        hanging = true;
        waitForStop();
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft, ClientHandshake request)
            throws InvalidDataException {
        if (hanging) {
            waitForStop();
        }
        return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    private void waitForStop() {
        try {
            stopping.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() throws InterruptedException {
        stopping.countDown();
        super.stop();
    }
}
