package workbook.grader.lessons.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.find;
import static workbook.grader.Grading.grade;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.Grading;
import workbook.grader.broken.lesson09.BroadcastsLocallyOnly;
import workbook.grader.broken.lesson09.DeliversTwiceOnItsOwnInstance;
import workbook.grader.broken.lesson09.DropsClientsWhenRedisIsLost;
import workbook.grader.broken.lesson09.GivesUpWhenRedisIsLost;
import workbook.grader.broken.lesson09.HangsOnMessage;
import workbook.grader.broken.lesson09.HidesTheAddress;
import workbook.grader.broken.lesson09.LeavesLettuceThreads;
import workbook.grader.broken.lesson09.PublishesAsynchronously;
import workbook.grader.broken.lesson09.SecondPublisherNeverReturns;
import workbook.grader.broken.lesson09.StartsWithoutRedis;
import workbook.grader.broken.lesson09.WrapsTextInJson;
import workbook.grader.redis.RedisRequired;
import workbook.grader.run.LessonResult;

@DisplayName("Lesson 09: each broken Redis broadcast server fails the check aimed at its fault, with the words a student sees")
class BrokenRedisBroadcastServersTest {

    private static final String TWO = "Two instances: everyone, the sender included, receives each message once";
    private static final String AWAY = "While Redis is away, the sender alone gets an \"Error: \" reply and everyone stays connected";
    private static final String RETURNS = "When Redis returns, broadcasting resumes within 5 s without a restart";
    private static final String AT_START = "With no Redis at start, the server does not start and names the address";

    /**
     * Every broken server of this class, graded three at a time (each grading mostly waits on the network; more at
     * once would crowd a small machine with Redis servers and make the timings less than honest).
     */
    private static final List<Class<?>> SERVERS = List.of(BroadcastsLocallyOnly.class, DeliversTwiceOnItsOwnInstance.class,
            WrapsTextInJson.class, GivesUpWhenRedisIsLost.class, DropsClientsWhenRedisIsLost.class, LeavesLettuceThreads.class,
            StartsWithoutRedis.class, HidesTheAddress.class, HangsOnMessage.class, PublishesAsynchronously.class,
            SecondPublisherNeverReturns.class);
    private static final Map<Class<?>, Future<LessonResult>> RESULTS = new ConcurrentHashMap<>();
    private static ExecutorService graders;
    private static PrintStream out;
    private static PrintStream err;

    @BeforeAll
    static void gradeEveryBrokenServer() {
        RedisRequired.assumeInstalled();
        out = System.out;
        err = System.err;
        graders = Executors.newFixedThreadPool(3);
        SERVERS.forEach(server -> RESULTS.put(server, graders.submit(() -> grade("09", broken(server)))));
    }

    @AfterAll
    static void restoreTheConsole() {
        if (graders != null) {
            graders.shutdownNow();
        }
        // Gradings that ran side by side each captured the console and restored it in their own order.
        System.setOut(out);
        System.setErr(err);
    }

    private static LessonResult result(Class<?> server) {
        try {
            return RESULTS.get(server).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("grading " + server.getSimpleName() + " did not finish", e);
        }
    }

    @Test
    void aBroadcastThatStaysOnItsInstanceIsCaughtByTheSubscriberCount() {
        assertFails(result(BroadcastsLocallyOnly.class), TWO,
                "Only 0 of the 2 instances subscribed to the Redis channel workbook:broadcast.",
                "An instance that does not subscribe never hears the others.",
                "Got:      0 subscribers (PUBSUB NUMSUB)", "subscriber.sync().subscribe(CHANNEL)");
    }

    @Test
    void deliveringLocallyAndThroughRedisIsCaughtAsTwice() {
        assertFails(result(DeliversTwiceOnItsOwnInstance.class), TWO,
                "(instance A) received \"Broadcast: hello from A\" twice",
                "Expected: each message once", "Got:      text \"Broadcast: hello from A\"",
                "sending it directly in onMessage as well delivers it twice");
    }

    @Test
    void aJsonWrapperIsSeenOnTheChannelAndMutesOtherPrograms() {
        LessonResult result = result(WrapsTextInJson.class);
        assertFails(result, "An instance publishes the text exactly as received",
                "What the instance published on workbook:broadcast is not the text its client sent.",
                "Expected: \"  just the text, as typed \\\"quoted\\\"  \"",
                "Got:      \"{\\\"text\\\":", "A prefix or a JSON wrapper breaks every other program on the channel.");
        assertFails(result, "Text another program publishes on the channel reaches everyone",
                "received nothing within 2000 ms", "Expected: client-1 (instance A) receives \"Broadcast: a note from another program ✉️\"");
        assertThat(find(result, TWO).passed()).as("its own instances still agree with each other").isTrue();
    }

    @Test
    void aServerThatNeverReconnectsIsCaughtWithinFiveSecondsOfRedisReturn() {
        LessonResult result = result(GivesUpWhenRedisIsLost.class);
        assertFails(result, RETURNS, "No broadcast from client-1 (instance A) reached client-2 (instance B) within 5 s of Redis's return.",
                "Broadcasting must resume without restarting the server.", "Got:      no broadcast arrived",
                "Did you switch autoReconnect off");
        assertThat(find(result, AWAY).passed()).as("it does answer Error: while Redis is away").isTrue();
    }

    @Test
    void anInstanceThatHearsAgainButNeverPublishesAgainIsCaughtFromItsSide() {
        LessonResult result = result(SecondPublisherNeverReturns.class);
        assertFails(result, RETURNS, "client-1 (instance A) sent \"client-1: are you back? #N\" every 300 ms",
                "No broadcast from client-2 (instance B) reached client-1 (instance A) within 5 s of Redis's return.",
                "Expected: \"Broadcast: client-2: are you back? #N\" within 5 s", "Did you switch autoReconnect off");
        assertThat(find(result, AWAY).passed()).as("it does answer Error: while Redis is away").isTrue();
    }

    @Test
    void droppingClientsWhenRedisIsLostIsCaught() {
        assertFails(result(DropsClientsWhenRedisIsLost.class), AWAY,
                "The server closed client-1's connection (code 1011", "Expected: client-1 (instance A) receives a text that starts with \"Error: \"",
                "send \"Error: ...\" to the sender (conn) alone, and keep the connection open.");
    }

    @Test
    void lettuceThreadsLeftAfterStopAreNamed() {
        assertFails(result(LeavesLettuceThreads.class),
                "stop() closes every connection, releases the port and leaves no thread",
                "stop() left something behind.", "threads left: [", "lettuce-",
                "resources.shutdown(...) is needed too.");
    }

    @Test
    void aServerThatStartsWithoutRedisIsCaught() {
        assertFails(result(StartsWithoutRedis.class), AT_START,
                "The server started although Redis (redis://127.0.0.1:", "cannot be reached",
                "Got:      the server started", "throw an exception whose message holds redisUri");
    }

    @Test
    void aRefusalThatDoesNotNameTheAddressIsCaught() {
        assertFails(result(HidesTheAddress.class), AT_START,
                "The server did not start, but it does not say which Redis address it could not reach.",
                "Expected: an error message that holds redis://127.0.0.1:", "Redis is down");
    }

    @Test
    void aServerThatHangsFailsWithinFiveSeconds() {
        LessonResult result = result(HangsOnMessage.class);
        assertFails(result, TWO, "client-1 received nothing within 2000 ms", "Is the server stuck?");
        // The failure is known after the 2 s wait and the 1 s "still there?" probe; the check's time also holds the
        // clean-up, where stopping a server whose worker thread is stuck takes up to its 2 s stop bound.
        assertThat(find(result, TWO).took()).as("time of the check against a hanging server").isLessThan(Duration.ofSeconds(7));
    }

    @Test
    void aCorrectAnswerWrittenDifferentlyPassesEveryCheck() {
        LessonResult result = result(PublishesAsynchronously.class);
        assertThat(result.passed()).as("checks passed by PublishesAsynchronously:%s", Grading.notPassed(result))
                .isEqualTo(result.total());
    }
}
