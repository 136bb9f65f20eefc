package workbook.grader.broken.lesson05;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.channels.ServerSocketChannel;
import org.java_websocket.WebSocket;
import org.java_websocket.server.WebSocketServer;

/**
 * The tutorial's second defect: text that is not JSON ends the whole server, as an uncaught exception from JSON.parse
 * ends the Node process. A dying process loses its listening socket and every connection at once, without close
 * frames; Java-WebSocket has no such switch, so this server closes its listening channel itself, then drops every
 * connection, then stops.
 */
public class DiesOnNonJson extends WorkingChannels {
    public DiesOnNonJson(int port) {
        super(port);
    }

    @Override
    void notJson(WebSocket conn, String message) {
        try {
            Field listening = WebSocketServer.class.getDeclaredField("server");
            listening.setAccessible(true);
            ((ServerSocketChannel) listening.get(this)).close();
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("could not imitate a crash", e);
        }
        for (WebSocket client : getConnections()) {
            client.closeConnection(1006, "crashed");
        }
        Thread crash = new Thread(() -> {
            try {
                stop(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "crash");
        crash.start();
    }
}
