package workbook.grader.broken.lesson09;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import java.time.Duration;

/** Refuses to start without Redis, but says only "Redis is down": the learner cannot tell which address was tried. */
public class HidesTheAddress extends RedisRelay {
    public HidesTheAddress(int port, String redisUri) {
        super(port, reachable(redisUri));
    }

    private static String reachable(String redisUri) {
        RedisClient probe = RedisClient.create(redisUri);
        try {
            probe.connect().close();
            return redisUri;
        } catch (RedisException e) {
            throw new IllegalStateException("Redis is down");
        } finally {
            probe.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
