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
 * Takes every connection but never gets to answer its handshake, as a server whose threads are all held up
 * elsewhere (a callback that sleeps or loops). Its handshakes wait until the server stops, 30 s at the most.
 */
public class StallsEveryHandshake extends QuietServer {

    private final CountDownLatch stopping = new CountDownLatch(1);

    public StallsEveryHandshake(int port) {
        super(port);
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft, ClientHandshake request)
            throws InvalidDataException {
        try {
            stopping.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    @Override
    public void stop() throws InterruptedException {
        stopping.countDown();
        super.stop();
    }
}
