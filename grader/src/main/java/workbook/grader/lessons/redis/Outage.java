package workbook.grader.lessons.redis;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import workbook.grader.core.Check;
import workbook.grader.core.CheckFailed;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;

/** Redis goes away while the instances run, and comes back on the same port (CONTRACT.md, section 09). */
public final class Outage {

    /** After Redis is back, broadcasting must resume within this. */
    public static final Duration RETURN_BOUND = Duration.ofSeconds(5);
    private static final Duration TRY_EVERY = Duration.ofMillis(300);
    /**
     * How long the sender waits for its "Error: " reply while Redis is away: a message that set off just as Redis went
     * may only fail when its command times out (the stub's COMMAND_TIMEOUT, 2 s).
     */
    private static final Duration ERROR_WITHIN = Check.ANSWER_TIMEOUT.plusSeconds(1);
    private static final String ERROR = "Error: ";
    private static final String TRY = "are you back? #";

    private Outage() {
    }

    /** Ends the grader's Redis; the instances lose their connections to it. */
    public static void stopRedis(Check check, Cluster cluster) {
        LocalRedis redis = cluster.ownRedis().orElseThrow();
        redis.stop();
        check.journal().add("Redis를 멈춤 (redis-server 종료, 포트 " + redis.port() + "): 인스턴스들의 Redis 연결이 끊김",
                "stopped Redis (ended redis-server on port " + redis.port() + "): the instances lose their Redis connections");
    }

    /**
     * Starts the grader's Redis again, on the same port; returns the moment ({@link System#nanoTime()}) by which every
     * instance must broadcast again.
     */
    public static long startRedisAgain(Check check, Cluster cluster) throws IOException {
        LocalRedis redis = cluster.ownRedis().orElseThrow();
        redis.restart();
        long resumeBy = System.nanoTime() + RETURN_BOUND.toNanos();
        check.journal().add("같은 포트 " + redis.port() + "에서 Redis를 다시 시작함 (인스턴스는 그대로)",
                "started Redis again on the same port " + redis.port() + " (the instances keep running)");
        return resumeBy;
    }

    /**
     * While Redis is away, {@code sender} sends {@code text}: it alone receives a text that starts with
     * {@code Error: }, and every client stays connected and receives nothing else.
     */
    public static void errorToSenderAlone(Check check, Cluster cluster, Probe sender, List<Probe> clients, String text) {
        sender.send(text);
        check.expectTextWithin(sender, ERROR_WITHIN,
                Msg.of(cluster.namedKo(sender) + " 이(가) 받는 것: \"" + ERROR + "\"로 시작하는 텍스트",
                        cluster.named(sender) + " receives a text that starts with \"" + ERROR + "\""),
                t -> t.startsWith(ERROR), null, RedisHints.ERROR_WHILE_AWAY);
        check.journal().add(Check.SILENCE_WINDOW.toMillis() + " ms 동안 모든 클라이언트에게 더 오는 것이 없고 연결이 그대로인지 지켜봄",
                "watched every client for " + Check.SILENCE_WINDOW.toMillis() + " ms: nothing more arrives, every connection stays");
        Check.Stray stray = check.watch(Check.SILENCE_WINDOW, frame -> false, clients.toArray(Probe[]::new));
        if (stray != null) {
            throw strayWhileAway(check, cluster, stray);
        }
    }

    private static CheckFailed strayWhileAway(Check check, Cluster cluster, Check.Stray stray) {
        if (stray.frame().kind() == Frame.Kind.CLOSE) {
            return check.failed(Msg.of("Redis가 없는 동안 " + cluster.namedKo(stray.client()) + "의 연결이 닫혔습니다."
                                    + " Redis가 없어도 서버는 클라이언트를 붙잡고 있어야 합니다.",
                            cluster.named(stray.client()) + "'s connection closed while Redis was away."
                                    + " Without Redis the server still keeps its clients connected."),
                    Msg.of("연결이 열려 있음", "the connection stays open"), stray.frame().describe(), RedisHints.ERROR_WHILE_AWAY);
        }
        return check.failed(Msg.of("Redis가 없는 동안 " + cluster.namedKo(stray.client()) + " 이(가) 받지 말아야 할 프레임을 받았습니다."
                                + " 오류는 보낸 사람에게만 한 번 알립니다.",
                        "While Redis was away, " + cluster.named(stray.client()) + " received a frame it should not have."
                                + " Only the sender hears about the error, once."),
                Msg.of("아무것도 오지 않음", "nothing arrives"), stray.frame().describe(), RedisHints.ERROR_WHILE_AWAY);
    }

    /**
     * After Redis is back: {@code sender} sends a numbered try every 300 ms until {@code listener} (on another
     * instance) receives one as a broadcast, by {@code resumeBy} (from {@link #startRedisAgain}). Answers
     * {@code Error: ...} meanwhile are fine. Each instance reconnects on its own schedule, so each direction is
     * waited for in turn, within the same bound.
     */
    public static void broadcastsAgain(Check check, Cluster cluster, long resumeBy, Probe sender, Probe listener) {
        String tries = sender.name() + ": " + TRY;
        check.journal().add(cluster.namedKo(sender) + " 이(가) " + TRY_EVERY.toMillis() + " ms마다 \"" + tries + "N\"을 보내며, "
                        + cluster.namedKo(listener) + "에게 Broadcast가 올 때까지 기다림 (Redis를 다시 시작하고 " + RETURN_BOUND.toMillis()
                        + " ms까지, 남은 시간 " + left(resumeBy).toMillis() + " ms)",
                cluster.named(sender) + " sent \"" + tries + "N\" every " + TRY_EVERY.toMillis() + " ms until " + cluster.named(listener)
                        + " received it as a broadcast, up to " + RETURN_BOUND.toMillis() + " ms after Redis restarted ("
                        + left(resumeBy).toMillis() + " ms left)");
        String broadcast = Crossing.PREFIX + tries;
        int sent = 0;
        while (System.nanoTime() < resumeBy) {
            sender.sendWithinStep(tries + ++sent);
            long until = Math.min(resumeBy, System.nanoTime() + TRY_EVERY.toNanos());
            for (Frame frame = check.next(listener, left(until)); frame != null; frame = check.next(listener, left(until))) {
                if (frame.isText() && frame.text().startsWith(broadcast)) {
                    long after = RETURN_BOUND.minus(left(resumeBy)).toMillis();
                    check.journal().add(cluster.namedKo(listener) + " 이(가) " + Quote.text(frame.text()) + " 을(를) 받음 (" + sent
                                    + "번 보낸 뒤, Redis를 다시 시작하고 " + after + " ms 뒤)",
                            cluster.named(listener) + " received " + Quote.text(frame.text()) + " (after " + sent + " tries, "
                                    + after + " ms after Redis restarted)");
                    settle(check, cluster, sender, listener, broadcast);
                    return;
                }
                check.fail(Msg.of("Redis가 돌아온 뒤 " + cluster.namedKo(listener) + " 이(가) 뜻밖의 프레임을 받았습니다.",
                                "After Redis returned, " + cluster.named(listener) + " received an unexpected frame."),
                        Msg.same(Quote.text(broadcast + "N")), frame.describe(), RedisHints.RECONNECT);
            }
        }
        check.journal().add(cluster.namedKo(sender) + " 이(가) " + sent + "번 보냄: " + Quote.text(tries + 1) + " … " + Quote.text(tries + sent),
                cluster.named(sender) + " sent " + sent + " tries: " + Quote.text(tries + 1) + " … " + Quote.text(tries + sent));
        check.fail(Msg.of("Redis가 돌아온 뒤 " + RETURN_BOUND.toSeconds() + "초가 지나도록 " + cluster.namedKo(listener)
                                + "에게 " + cluster.namedKo(sender) + "의 Broadcast가 한 번도 오지 않았습니다. 서버를 다시 시작하지 않아도 다시 이어져야 합니다.",
                        "No broadcast from " + cluster.named(sender) + " reached " + cluster.named(listener) + " within " + RETURN_BOUND.toSeconds()
                                + " s of Redis's return. Broadcasting must resume without restarting the server."),
                Msg.of(RETURN_BOUND.toSeconds() + "초 안에 " + Quote.text(broadcast + "N"),
                        Quote.text(broadcast + "N") + " within " + RETURN_BOUND.toSeconds() + " s"),
                Msg.of("아무 Broadcast도 오지 않음", "no broadcast arrived"), RedisHints.RECONNECT);
    }

    /** The tries still on their way: Error replies, or broadcasts of a try, are fine; anything else is not. */
    private static void settle(Check check, Cluster cluster, Probe sender, Probe listener, String broadcast) {
        check.journal().add(Check.SILENCE_WINDOW.toMillis() + " ms 동안 남은 답 (\"" + ERROR + "...\" 또는 \"" + broadcast
                        + "N\")을 받아 둠", "set aside, for " + Check.SILENCE_WINDOW.toMillis() + " ms, the answers still on their way (\""
                        + ERROR + "...\" or \"" + broadcast + "N\")");
        Check.Stray stray = check.watch(Check.SILENCE_WINDOW, frame -> frame.isText()
                && (frame.text().startsWith(ERROR) || frame.text().startsWith(broadcast)), sender, listener);
        if (stray != null) {
            throw strayWhileAway(check, cluster, stray);
        }
    }

    private static Duration left(long until) {
        return Duration.ofNanos(Math.max(0, until - System.nanoTime()));
    }
}
