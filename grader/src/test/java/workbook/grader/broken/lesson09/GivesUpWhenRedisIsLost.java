package workbook.grader.broken.lesson09;

import io.lettuce.core.ClientOptions;

/** Turns Lettuce's reconnect off: once Redis has gone, this instance never hears or publishes again. */
public class GivesUpWhenRedisIsLost extends RedisRelay {
    public GivesUpWhenRedisIsLost(int port, String redisUri) {
        super(port, redisUri);
    }

    @Override
    protected ClientOptions.Builder options() {
        return super.options().autoReconnect(false);
    }
}
