package workbook.grader.broken.lesson09;

import java.time.Duration;

/** Shuts the client down but not the ClientResources it built: Lettuce's event loop threads outlive stop(). */
public class LeavesLettuceThreads extends RedisRelay {
    public LeavesLettuceThreads(int port, String redisUri) {
        super(port, redisUri);
    }

    @Override
    protected void closeRedis() {
        redis.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
