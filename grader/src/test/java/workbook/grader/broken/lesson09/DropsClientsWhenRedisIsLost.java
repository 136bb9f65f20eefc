package workbook.grader.broken.lesson09;

import io.lettuce.core.RedisException;
import org.java_websocket.WebSocket;

/** When a publish fails, closes every client, as a server that falls over without Redis would. */
public class DropsClientsWhenRedisIsLost extends RedisRelay {
    public DropsClientsWhenRedisIsLost(int port, String redisUri) {
        super(port, redisUri);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            publisher.sync().publish(CHANNEL, message);
        } catch (RedisException e) {
            for (WebSocket client : getConnections()) {
                client.close(1011, "Redis is gone");
            }
        }
    }
}
