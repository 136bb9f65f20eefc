package workbook.grader.broken.lesson01;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;

/** Closes every connection as soon as it opens, as a server that mistakes onOpen for the place to say goodbye. */
public class ClosesEveryConnection extends QuietServer {
    public ClosesEveryConnection(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.close();
    }
}
