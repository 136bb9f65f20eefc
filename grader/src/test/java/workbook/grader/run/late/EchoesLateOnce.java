package workbook.grader.run.late;

import java.time.Duration;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;
import workbook.grader.core.Check;

/** A correct lesson 01 echo server whose first echo comes half a second after the grader stopped waiting for it. */
public class EchoesLateOnce extends QuietServer {

    public static final Duration LATE = Check.ANSWER_TIMEOUT.plusMillis(500);

    public EchoesLateOnce(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        LateOnce.answerer(LATE).execute(() -> {
            if (conn.isOpen()) {
                conn.send("Server received: " + message);
            }
        });
    }
}
