package workbook.grader.broken.lesson09;

import org.java_websocket.WebSocket;

/** Sends to its own clients at once AND publishes: its own clients hear each message twice, once back from Redis. */
public class DeliversTwiceOnItsOwnInstance extends RedisRelay {
    public DeliversTwiceOnItsOwnInstance(int port, String redisUri) {
        super(port, redisUri);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        deliverLocally("Broadcast: " + message);
        super.onMessage(conn, message);
    }
}
