package workbook.tools.redis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.server.Target;
import workbook.grader.lessons.redis.Cluster;
import workbook.grader.lessons.redis.LocalRedis;
import workbook.grader.lessons.redis.RedisChannel;

/**
 * {@code check}'s options for lesson 09, which grades several instances and the Redis they share:
 * {@code --url ws://a --url ws://b [--redis redis://HOST:PORT]} for servers already running, and a word on how to
 * get Redis when the grader cannot start its own. A wrong combination of options is an
 * {@link IllegalArgumentException} whose message {@code check} prints as a usage error.
 */
public final class RedisOptions {

    private RedisOptions() {
    }

    /** Lesson 09 is graded against a Redis the grader starts, and there is no redis-server here. */
    public static boolean missingRedis(Lesson lesson) {
        return LocalRedis.neededBy(lesson) && !LocalRedis.installed();
    }

    /** The parameters of {@link Cluster} for the instances given with --url and their --redis; checks them all. */
    public static Map<String, String> parameters(Lesson lesson, List<String> urls, String redis) {
        Map<String, String> parameters = new HashMap<>();
        int count = urls == null ? 0 : urls.size();
        if (!LocalRedis.neededBy(lesson)) {
            if (count > 1) {
                throw new IllegalArgumentException("--url goes once, except for lesson 09 / --url은 레슨 09에서만 여러 번 씁니다");
            }
            if (redis != null) {
                throw new IllegalArgumentException("--redis is for lesson 09 / --redis는 레슨 09에서 씁니다");
            }
            return parameters;
        }
        if (redis != null && count == 0) {
            throw new IllegalArgumentException("--redis goes with --url / --redis는 --url과 함께 씁니다");
        }
        if (count == 1) {
            throw new IllegalArgumentException("lesson 09 grades several instances: give --url once per instance, at least twice,"
                    + " and --redis with their Redis (for example --url ws://localhost:8080 --url ws://localhost:8081"
                    + " --redis redis://localhost:6379) / 레슨 09는 인스턴스마다 --url을 하나씩, 두 개 이상 주세요");
        }
        if (count > 1) {
            parameters.put(Cluster.URLS_PARAMETER, String.join(",", urls.stream()
                    .map(u -> Target.webSocketUri(u).toString()).toList()));
        }
        if (redis != null) {
            parameters.put(Cluster.REDIS_PARAMETER, RedisChannel.at(redis).address());
        }
        return parameters;
    }
}
