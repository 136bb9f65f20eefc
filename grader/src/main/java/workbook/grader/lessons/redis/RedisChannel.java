package workbook.grader.lessons.redis;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Lesson 09's channel on one Redis, as the grader sees it from outside the instances: it publishes as "another
 * program" would, counts the subscribers, and listens to what the instances publish.
 */
public final class RedisChannel {

    /** The channel every instance publishes on and listens to (CONTRACT.md, section 09). */
    public static final String NAME = "workbook:broadcast";

    private static final Duration REPLY_BOUND = Duration.ofSeconds(2);

    private final String host;
    private final int port;

    private RedisChannel(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static RedisChannel on(LocalRedis redis) {
        return new RedisChannel("127.0.0.1", redis.port());
    }

    /**
     * The channel on the Redis at {@code redis://HOST:PORT}, as a learner types it (for {@code --redis}).
     *
     * @throws IllegalArgumentException with a sentence in both languages when it is not such an address
     */
    public static RedisChannel at(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a redis:// address: " + e.getReason()
                    + " / redis:// 주소가 아닙니다 (예: redis://localhost:6379)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") || uri.getHost() == null || uri.getPort() <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a redis://HOST:PORT address (for example"
                    + " redis://localhost:6379) / redis://호스트:포트 로 쓰세요 (예: redis://localhost:6379)");
        }
        return new RedisChannel(uri.getHost(), uri.getPort());
    }

    /** {@code redis://HOST:PORT}. */
    public String address() {
        return "redis://" + host + ":" + port;
    }

    /** PUBLISH on the channel; returns how many subscribers Redis handed the text to. */
    public long publish(String text) throws IOException {
        try (Resp redis = Resp.connect(host, port, REPLY_BOUND)) {
            return (Long) redis.command("PUBLISH", NAME, text);
        }
    }

    /** How many connections are subscribed to the channel now (PUBSUB NUMSUB). */
    public long subscribers() throws IOException {
        try (Resp redis = Resp.connect(host, port, REPLY_BOUND)) {
            List<?> reply = (List<?>) redis.command("PUBSUB", "NUMSUB", NAME);
            return (Long) reply.get(1);
        }
    }

    /** Subscribes a connection of the grader's own to the channel; returns once Redis confirmed it. */
    public Listener listen() throws IOException {
        Resp redis = Resp.connect(host, port, REPLY_BOUND);
        try {
            redis.write("SUBSCRIBE", NAME);
            redis.read();
            return new Listener(redis);
        } catch (IOException | RuntimeException e) {
            redis.close();
            throw e;
        }
    }

    /** The grader's subscription: reads what others publish on the channel. */
    public static final class Listener implements AutoCloseable {
        private final Resp redis;

        private Listener(Resp redis) {
            this.redis = redis;
        }

        /** The next text published on the channel, or null when none comes within {@code bound}. */
        public String next(Duration bound) throws IOException {
            redis.readBound(bound);
            try {
                List<?> push = (List<?>) redis.read();
                return (String) push.get(2);
            } catch (SocketTimeoutException nothing) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            redis.close();
        }
    }
}
