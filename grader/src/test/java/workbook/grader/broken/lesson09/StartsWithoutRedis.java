package workbook.grader.broken.lesson09;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** Connects on the first message instead of at start: without Redis it starts all the same, and no one knows. */
public class StartsWithoutRedis extends QuietServer {
    private final RedisClient redis;
    private volatile StatefulRedisConnection<String, String> publisher;

    public StartsWithoutRedis(int port, String redisUri) {
        super(port);
        redis = RedisClient.create(redisUri);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            if (publisher == null) {
                publisher = redis.connect();
            }
            publisher.sync().publish("workbook:broadcast", message);
        } catch (RedisException e) {
            conn.send("Error: " + e.getMessage());
        }
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        super.stop(timeout, closeMessage);
        redis.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
