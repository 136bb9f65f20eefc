package workbook.grader.broken.lesson09;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;

/**
 * Right by the contract, written differently: the second instance started on a Redis publishes through a client of
 * its own that tries to reconnect only every 3 s. After an outage it hears the others again within 500 ms, but can
 * speak again only up to 3 s later: still within the 5 s the contract allows. (Instances are built by class loaders
 * of their own, so they count themselves on Redis, which every check starts afresh.)
 */
public class PublisherReturnsLate extends RedisRelay {

    private static final Duration LATE_RECONNECT = Duration.ofSeconds(3);

    // No initialisers: connectPublisher sets these from the super constructor, before initialisers would run.
    private ClientResources lateResources;
    private RedisClient lateClient;

    public PublisherReturnsLate(int port, String redisUri) {
        super(port, redisUri);
    }

    @Override
    protected StatefulRedisConnection<String, String> connectPublisher(RedisURI address) {
        long order;
        try (StatefulRedisConnection<String, String> counter = redis.connect()) {
            order = counter.sync().incr("workbook:test:instances");
        }
        if (order == 1) {
            return super.connectPublisher(address);
        }
        lateResources = ClientResources.builder().reconnectDelay(Delay.constant(LATE_RECONNECT)).build();
        lateClient = RedisClient.create(lateResources, address);
        lateClient.setOptions(latePublisherOptions().build());
        return lateClient.connect();
    }

    protected ClientOptions.Builder latePublisherOptions() {
        return options();
    }

    @Override
    protected void closeRedis() {
        super.closeRedis();
        if (lateClient != null) {
            shutDown(lateClient, lateResources);
        }
    }
}
