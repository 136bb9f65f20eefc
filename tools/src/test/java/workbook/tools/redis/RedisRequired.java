package workbook.tools.redis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import workbook.grader.lessons.redis.LocalRedis;

/**
 * Lesson 09's tests of the tools need the operating system's redis-server: without it they are skipped with one line
 * that says how to get it; with {@code CI=true} they fail instead, so CI never skips them silently.
 */
public final class RedisRequired {

    private RedisRequired() {
    }

    public static void assumeInstalled() {
        if (LocalRedis.installed()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true and lesson 09 cannot be tested: " + LocalRedis.HOW_TO_INSTALL);
        }
        assumeTrue(false, LocalRedis.HOW_TO_INSTALL);
    }
}
