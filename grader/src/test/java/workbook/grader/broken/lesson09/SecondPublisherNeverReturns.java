package workbook.grader.broken.lesson09;

import io.lettuce.core.ClientOptions;

/**
 * The second instance's publishing connection does not reconnect: after an outage it hears the others again, but its
 * own clients' messages never reach anyone. Only the direction B to A shows it.
 */
public class SecondPublisherNeverReturns extends PublisherReturnsLate {
    public SecondPublisherNeverReturns(int port, String redisUri) {
        super(port, redisUri);
    }

    @Override
    protected ClientOptions.Builder latePublisherOptions() {
        return super.latePublisherOptions().autoReconnect(false);
    }
}
