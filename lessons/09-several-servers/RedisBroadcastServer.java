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
        // TODO: createClient(redisUri); 로 클라이언트를 만든 뒤, publisher = redis.connect(); 와 subscriber = redis.connectPubSub(); 로 연결을 두 개 여세요. subscriber에 RedisPubSubAdapter를 붙여 message(channel, message)에서 deliver(message)를 부르고, subscriber.sync().subscribe(CHANNEL); 로 구독하세요.
        //       연결하지 못하면 (RedisException) closeRedis()를 부른 뒤, redisUri를 담은 IllegalStateException을 던지세요.
        //       Create the client with createClient(redisUri), then open publisher with redis.connect() and subscriber with redis.connectPubSub(). Add a RedisPubSubAdapter to subscriber whose
        //       message(channel, message) calls deliver(message), then subscribe with subscriber.sync().subscribe(CHANNEL).
        //       If Redis cannot be reached (RedisException), call closeRedis() and throw an IllegalStateException that names redisUri.
        throw new UnsupportedOperationException(
                "레슨 09: 생성자에서 Redis에 연결하고 구독하세요 / Lesson 09: connect to Redis and subscribe in the constructor of lessons/09-several-servers/RedisBroadcastServer.java");
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("Client connected");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("Received message: " + message);
        // TODO: 받은 message를 그대로 채널에 보내세요: publisher.sync().publish(CHANNEL, message); 자기 클라이언트에게 직접 보내지는 마세요. Redis가 돌려줍니다.
        //       publish가 RedisException을 던지면 (Redis가 없는 동안) 보낸 사람에게만 "Error: "로 시작하는 답을 보내세요.
        //       Publish message as it is: publisher.sync().publish(CHANNEL, message). Do not send it to your own clients here: Redis brings it back.
        //       If publish throws a RedisException (while Redis is away), answer the sender alone with a text that starts with "Error: ".
        throw new UnsupportedOperationException(
                "레슨 09: onMessage를 완성하세요 / Lesson 09: complete onMessage in lessons/09-several-servers/RedisBroadcastServer.java");
    }

    /** What this instance heard on the channel, from any instance or any other program, to its own clients. */
    private void deliver(String message) {
        // TODO: getConnections()의 열려 있는 (isOpen()) 모든 클라이언트에게 "Broadcast: " + message를 보내세요 (레슨 03처럼).
        //       Send "Broadcast: " + message to every client of getConnections() that isOpen(), as in lesson 03.
        throw new UnsupportedOperationException(
                "레슨 09: deliver를 완성하세요 / Lesson 09: complete deliver in lessons/09-several-servers/RedisBroadcastServer.java");
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("Client disconnected");
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        super.stop(timeout, closeMessage);
        // TODO: closeRedis()를 부르세요. 부르지 않으면 Lettuce의 스레드 (lettuce-nioEventLoop-…)가 stop() 뒤에도 남습니다.
        //       Call closeRedis(). Without it Lettuce's threads (lettuce-nioEventLoop-…) outlive stop().
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
