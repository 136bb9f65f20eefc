package workbook.grader.broken.lesson05;

import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;

/** Closes the sender's connection instead of answering with an error. */
public class ClosesOnNonJson extends WorkingChannels {
    public ClosesOnNonJson(int port) {
        super(port);
    }

    @Override
    void notJson(WebSocket conn, String message) {
        conn.close(CloseFrame.REFUSE, "not JSON");
    }
}
