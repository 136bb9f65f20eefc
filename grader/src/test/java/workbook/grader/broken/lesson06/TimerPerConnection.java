package workbook.grader.broken.lesson06;

import java.time.Duration;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;

/** Starts another notify-everyone timer each time a client connects. */
public class TimerPerConnection extends WorkingNotifier {
    public TimerPerConnection(int port, Duration period) {
        super(port, period);
    }

    @Override
    void schedule() {
        // nothing at start: see onOpen
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        super.schedule();
    }
}
