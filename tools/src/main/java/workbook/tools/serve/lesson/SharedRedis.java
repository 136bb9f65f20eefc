package workbook.tools.serve.lesson;

import java.io.IOException;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.redis.LocalRedis;

/**
 * The one Redis {@code ./workbook serve} runs for lesson 09's instances (yours and the reference's), started when
 * the first of them needs it and stopped with serve. Where it cannot start, the lesson's slots say why in one line.
 */
public final class SharedRedis implements AutoCloseable {

    private LocalRedis redis;
    private Msg failure;

    /** The address of serve's Redis, started on first use; throws {@link Unavailable} with the reason in words. */
    synchronized String uri() {
        if (redis == null && failure == null) {
            try {
                redis = LocalRedis.start();
            } catch (LocalRedis.NotInstalled missing) {
                failure = Msg.same(LocalRedis.HOW_TO_INSTALL);
            } catch (IOException e) {
                failure = Msg.of("Redis를 시작하지 못했습니다: " + e.getMessage(), "Redis did not start: " + e.getMessage());
            }
        }
        if (redis == null) {
            throw new Unavailable(failure);
        }
        return redis.uri();
    }

    /** The address of serve's Redis if it runs, for the summary serve prints. */
    public synchronized java.util.Optional<String> running() {
        return java.util.Optional.ofNullable(redis).map(LocalRedis::uri);
    }

    @Override
    public synchronized void close() {
        if (redis != null) {
            redis.close();
            redis = null;
        }
    }

    /** Serve has no Redis to give: {@link #reason()} says why. */
    static final class Unavailable extends RuntimeException {
        private final transient Msg reason;

        Unavailable(Msg reason) {
            super(reason.en(), null, false, false);
            this.reason = reason;
        }

        Msg reason() {
            return reason;
        }
    }
}
