package workbook.grader.broken.lesson05;

import org.java_websocket.WebSocket;

/** Drops a request it cannot use without a word to its sender. */
public class IgnoresBadRequests extends WorkingChannels {
    public IgnoresBadRequests(int port) {
        super(port);
    }

    @Override
    void reject(WebSocket conn, String problem) {
        // says nothing
    }
}
