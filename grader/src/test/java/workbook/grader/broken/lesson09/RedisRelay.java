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
import workbook.grader.broken.QuietServer;

/**
 * The reference's plumbing, with a door for each fault: the broken servers of lesson 09 each change one part
 * (what is published, what is delivered, the client's options, what stop() closes).
 */
public abstract class RedisRelay extends QuietServer {

    protected static final String CHANNEL = "workbook:broadcast";

    protected final ClientResources resources;
    protected final RedisClient redis;
    protected final StatefulRedisConnection<String, String> publisher;
    protected final StatefulRedisPubSubConnection<String, String> subscriber;

    protected RedisRelay(int port, String redisUri) {
        super(port);
        RedisURI address = RedisURI.create(redisUri);
        address.setTimeout(Duration.ofSeconds(2));
        resources = ClientResources.builder().reconnectDelay(Delay.constant(Duration.ofMillis(500))).build();
        redis = RedisClient.create(resources, address);
        redis.setOptions(options().build());
        try {
            publisher = connectPublisher(address);
            subscriber = redis.connectPubSub();
        } catch (RedisException e) {
            closeRedis();
            throw new IllegalStateException("cannot reach Redis at " + redisUri, e);
        }
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                heard(message);
            }
        });
        subscriber.sync().subscribe(CHANNEL);
    }

    /** The connection messages are published on: the reference's shares {@link #redis} with the subscriber. */
    protected StatefulRedisConnection<String, String> connectPublisher(RedisURI address) {
        return redis.connect();
    }

    protected ClientOptions.Builder options() {
        return ClientOptions.builder().disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            publisher.sync().publish(CHANNEL, message);
        } catch (RedisException e) {
            conn.send("Error: Redis is not reachable");
        }
    }

    /** A text published on the channel. */
    protected void heard(String message) {
        deliverLocally("Broadcast: " + message);
    }

    protected void deliverLocally(String text) {
        for (WebSocket client : getConnections()) {
            if (client.isOpen()) {
                client.send(text);
            }
        }
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        super.stop(timeout, closeMessage);
        closeRedis();
    }

    protected void closeRedis() {
        shutDown(redis, resources);
    }

    /** Closes a client and then the threads of its resources, each within 2 s. */
    protected static void shutDown(RedisClient client, ClientResources itsResources) {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        itsResources.shutdown(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(2000);
    }
}
