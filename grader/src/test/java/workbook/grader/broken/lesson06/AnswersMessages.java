package workbook.grader.broken.lesson06;

import java.time.Duration;
import org.java_websocket.WebSocket;

/** Answers each client message, as lesson 02 did. */
public class AnswersMessages extends WorkingNotifier {
    public AnswersMessages(int port, Duration period) {
        super(port, period);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("You said: " + message);
    }
}
