package workbook.grader.broken;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.LessonServer;

/** The base of the deliberately broken servers: callbacks that do nothing, so each broken server shows one fault. */
public abstract class QuietServer extends LessonServer {

    protected QuietServer(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        // nothing to say on connect
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        // nothing to answer
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        // nothing to clean up
    }
}
