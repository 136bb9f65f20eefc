package workbook.lesson09;

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
 * Lesson 09 · 서버 여러 대 / Several servers, one chat: every instance publishes what its clients send on one Redis
 * channel and broadcasts to its own clients what it hears there, so a message reaches every client of every instance.
 */
public class RedisBroadcastServer extends LessonServer {

    /** The channel every instance publishes on and listens to. */
    public static final String CHANNEL = "workbook:broadcast";

    /** While Redis is away the client tries again this often, so broadcasting resumes soon after it returns. */
    private static final Duration RECONNECT_EVERY = Duration.ofMillis(500);
    /** A Redis command that gets no answer in this time fails, instead of holding the client's message forever. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

    private ClientResources resources;
    private RedisClient redis;
    private StatefulRedisConnection<String, String> publisher;
    private StatefulRedisPubSubConnection<String, String> subscriber;

    public RedisBroadcastServer(int port, String redisUri) {
        super(port);
        createClient(redisUri);
        try {
            publisher = redis.connect();
            subscriber = redis.connectPubSub();
            subscriber.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    deliver(message);
                }
            });
            subscriber.sync().subscribe(CHANNEL);
        } catch (RedisException e) {
            closeRedis();
            throw new IllegalStateException("Redis에 연결할 수 없습니다 / cannot reach Redis at " + redisUri, e);
        }
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("Client connected");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("Received message: " + message);
        // Not to getConnections() here: the sender's own clients hear it from Redis, like everyone else's.
        try {
            publisher.sync().publish(CHANNEL, message);
        } catch (RedisException e) {
            conn.send("Error: Redis is not reachable, your message was not sent / Redis에 연결할 수 없어 보내지 못했습니다");
        }
    }

    /** What this instance heard on the channel, from any instance or any other program, to its own clients. */
    private void deliver(String message) {
        for (WebSocket client : getConnections()) {
            if (client.isOpen()) {
                client.send("Broadcast: " + message);
            }
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("Client disconnected");
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        super.stop(timeout, closeMessage);
        closeRedis();
    }

    /**
     * Given: the Redis client, not yet connected. While Redis is away it tries again every RECONNECT_EVERY and
     * refuses commands (publish throws at once instead of waiting), and it gives up on a command after COMMAND_TIMEOUT.
     */
    private void createClient(String redisUri) {
        RedisURI address = RedisURI.create(redisUri);
        address.setTimeout(COMMAND_TIMEOUT);
        resources = ClientResources.builder().reconnectDelay(Delay.constant(RECONNECT_EVERY)).build();
        redis = RedisClient.create(resources, address);
        redis.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }

    private void closeRedis() {
        redis.shutdown(Duration.ZERO, COMMAND_TIMEOUT);
        resources.shutdown(0, COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).awaitUninterruptibly(COMMAND_TIMEOUT.toMillis());
    }

    public static void main(String[] args) throws InterruptedException {
        // A second instance beside the first: java ... RedisBroadcastServer 8081
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        String redisUri = args.length > 1 ? args[1] : "redis://localhost:6379";
        RedisBroadcastServer server = new RedisBroadcastServer(port, redisUri);
        server.start();
        int listening = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket server is running on ws://localhost:" + listening + " (Redis " + redisUri + ")");
    }
}
