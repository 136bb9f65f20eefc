package workbook.grader.broken.lesson09;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.LessonServer;

/**
 * A correct answer written differently from the reference: Lettuce's asynchronous API (a failed publish answers
 * "Error: " from its callback), Java-WebSocket's broadcast(), an exponential reconnect delay capped at one second,
 * and a client that checks isOpen() before it publishes. It must pass every check. (It still refuses commands while
 * disconnected: Lettuce's default would hold them and publish them once Redis is back, never answering "Error: ".)
 */
public class PublishesAsynchronously extends LessonServer {
    private final ClientResources resources = ClientResources.builder()
            .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS)).build();
    private final RedisClient redis;
    private final StatefulRedisConnection<String, String> out;
    private final StatefulRedisPubSubConnection<String, String> in;

    public PublishesAsynchronously(int port, String redisUri) {
        super(port);
        RedisURI address = RedisURI.create(redisUri);
        address.setTimeout(Duration.ofSeconds(2));
        redis = RedisClient.create(resources, address);
        redis.setOptions(ClientOptions.builder().disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
        try {
            out = redis.connect();
            in = redis.connectPubSub();
        } catch (RedisException unreachable) {
            shutDownRedis();
            throw new IllegalStateException("no Redis at " + redisUri + ": " + unreachable.getMessage(), unreachable);
        }
        in.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String text) {
                broadcast("Broadcast: " + text);
            }
        });
        in.sync().subscribe("workbook:broadcast");
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        // a newcomer gets nothing until someone speaks
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        if (!out.isOpen()) {
            conn.send("Error: no Redis right now");
            return;
        }
        out.async().publish("workbook:broadcast", message).whenComplete((receivers, failure) -> {
            if (failure != null) {
                conn.send("Error: " + failure.getMessage());
            }
        });
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        // nothing is kept per client
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        try {
            super.stop(timeout, closeMessage);
        } finally {
            shutDownRedis();
        }
    }

    private void shutDownRedis() {
        redis.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(2000);
    }
}
