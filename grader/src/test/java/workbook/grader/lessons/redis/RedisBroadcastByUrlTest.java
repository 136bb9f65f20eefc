package workbook.grader.lessons.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.assertFails;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.Grading;
import workbook.grader.broken.lesson09.BroadcastsLocallyOnly;
import workbook.grader.broken.lesson09.PublishesAsynchronously;
import workbook.grader.core.words.Lang;
import workbook.grader.redis.RedisRequired;
import workbook.grader.run.CheckResult;
import workbook.grader.run.LessonResult;
import workbook.support.LessonServer;

@DisplayName("Lesson 09 by URL: two running instances and their Redis, as check 09 --url ws://a --url ws://b --redis grades them")
class RedisBroadcastByUrlTest {

    @Test
    void twoRunningInstancesThatShareRedisPassWhatCanBeCheckedFromOutside() throws Exception {
        RedisRequired.assumeInstalled();
        try (LocalRedis redis = LocalRedis.start()) {
            List<LessonServer> instances = List.of(new PublishesAsynchronously(0, redis.uri()),
                    new PublishesAsynchronously(0, redis.uri()));
            LessonResult result = gradeRunning(instances, redis);
            assertThat(result.passed()).as("checks passed:%s", Grading.notPassed(result)).isEqualTo(result.total());
            assertThat(result.total()).as("checks that can run from outside, with two instances").isGreaterThanOrEqualTo(12);
            assertThat(result.checks().stream().filter(c -> c.status() == CheckResult.Status.SKIPPED).map(c -> c.name().en()))
                    .as("skipped: what needs servers and a Redis the grader starts, and a third instance")
                    .contains("Three instances: whichever instance a message comes from, everyone receives it once",
                            "When Redis returns, broadcasting resumes within 5 s without a restart",
                            "stop() closes every connection, releases the port and leaves no thread");
        }
    }

    @Test
    void runningInstancesThatNeverSubscribeAreCaughtThroughTheirRedis() throws Exception {
        RedisRequired.assumeInstalled();
        try (LocalRedis redis = LocalRedis.start()) {
            List<LessonServer> instances = List.of(new BroadcastsLocallyOnly(0, redis.uri()),
                    new BroadcastsLocallyOnly(0, redis.uri()));
            assertFails(gradeRunning(instances, redis),
                    "Two instances: everyone, the sender included, receives each message once",
                    "Only 0 of the 2 instances subscribed to the Redis channel workbook:broadcast.",
                    "instance A = ws://127.0.0.1:", "(all on Redis redis://127.0.0.1:" + redis.port() + ")");
        }
    }

    private static LessonResult gradeRunning(List<LessonServer> instances, LocalRedis redis) throws Exception {
        try {
            for (LessonServer instance : instances) {
                instance.start();
            }
            List<String> urls = new java.util.ArrayList<>();
            for (LessonServer instance : instances) {
                urls.add("ws://127.0.0.1:" + instance.awaitListening(Duration.ofSeconds(5)));
            }
            return Grading.grade("09", "url:" + urls.get(0), Lang.EN, Map.of(Cluster.URLS_PARAMETER, String.join(",", urls),
                    Cluster.REDIS_PARAMETER, redis.uri()));
        } finally {
            for (LessonServer instance : instances) {
                instance.stop();
            }
        }
    }
}
