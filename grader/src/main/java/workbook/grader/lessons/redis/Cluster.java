package workbook.grader.lessons.redis;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import workbook.grader.core.Check;
import workbook.grader.core.CheckFailed;
import workbook.grader.core.server.InProcessServer.ServerStartException;
import workbook.grader.core.server.RemoteServer;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.server.ServerUnderTest;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;

/**
 * The instances of lesson 09 one check talks to, and the Redis they share. For a lesson the grader starts itself:
 * a Redis of the check's own (the channel name is fixed, so checks that run side by side must not share one) and
 * each instance built by a class loader of its own. For servers already running: the addresses given with
 * {@code --url} (and {@code --redis}). Clients join the instances in turn: A, B, A, B, ...
 */
public final class Cluster {

    /** Every running instance's address, comma-separated ({@code check 09 --url ws://a --url ws://b}). */
    public static final String URLS_PARAMETER = "workbook.urls";
    /** The Redis of running instances ({@code check 09 --redis redis://HOST:PORT}). */
    public static final String REDIS_PARAMETER = "workbook.redis";

    private static final Duration SUBSCRIBE_BOUND = Duration.ofSeconds(2);
    private static final Map<Check, Cluster> BY_CHECK = new ConcurrentHashMap<>();
    /**
     * Running instances (graded by URL, one check after another) that had too few subscribers, by their addresses:
     * the next checks report it at once instead of watching for another 2 s each.
     */
    private static final Map<String, Long> TOO_FEW = new ConcurrentHashMap<>();

    private final Check check;
    private final List<ServerUnderTest> instances;
    private final LocalRedis redis;
    private final RedisChannel channel;
    private final Map<Probe, Integer> homes = new ConcurrentHashMap<>();
    private int turn;
    private volatile long lastSubscribers;

    private Cluster(Check check, List<ServerUnderTest> instances, LocalRedis redis, RedisChannel channel) {
        this.check = check;
        this.instances = instances;
        this.redis = redis;
        this.channel = channel;
    }

    /** The check's two instances, started on first use. */
    public static Cluster of(Check check) {
        return of(check, 2);
    }

    /** The check's {@code count} instances, started on first use. */
    public static Cluster of(Check check, int count) {
        Cluster cluster = BY_CHECK.computeIfAbsent(check, c -> start(c, count));
        if (cluster.instances.size() < count) {
            throw new IllegalStateException("this check asked for " + count + " instances after starting "
                    + cluster.instances.size());
        }
        return cluster;
    }

    /** The recipe of lesson 09: {@code new RedisBroadcastServer(0, redisUri)}. */
    public static ServerRecipe recipe(String redisUri) {
        return ServerRecipe.constructor(null, new Class<?>[] {int.class, String.class}, 0, redisUri);
    }

    private static Cluster start(Check check, int count) {
        check.closeAfterwards(() -> BY_CHECK.remove(check));
        return check.gradesRunningServer() ? running(check, count) : startHere(check, count);
    }

    private static Cluster startHere(Check check, int count) {
        LocalRedis redis = startRedis(check);
        check.closeAfterwards(redis);
        check.startWith(recipe(redis.uri()));
        List<ServerUnderTest> instances = new ArrayList<>();
        instances.add(check.server());
        for (int i = 1; i < count; i++) {
            instances.add(startAnother(check, redis.uri(), i));
        }
        Cluster cluster = new Cluster(check, List.copyOf(instances), redis, RedisChannel.on(redis));
        cluster.journalInstances(redis.uri());
        cluster.awaitSubscribers();
        return cluster;
    }

    static LocalRedis startRedis(Check check) {
        try {
            LocalRedis redis = LocalRedis.start();
            check.journal().add("Redis를 시작함: redis-server --port " + redis.port() + " --save '' --appendonly no",
                    "started Redis: redis-server --port " + redis.port() + " --save '' --appendonly no");
            return redis;
        } catch (LocalRedis.NotInstalled missing) {
            throw check.failed(Msg.of("이 레슨은 진짜 Redis가 있어야 채점할 수 있습니다.", "This lesson needs a real Redis to be graded."),
                    Msg.of("redis-server가 설치되어 있음", "redis-server is installed"),
                    Msg.of("redis-server를 찾지 못함", "no redis-server found"), Msg.same(LocalRedis.HOW_TO_INSTALL));
        } catch (IOException e) {
            throw check.failed(Msg.of("채점기가 Redis를 시작하지 못했습니다.", "The grader could not start Redis."),
                    Msg.of("redis-server가 시작되어 PING에 답함", "redis-server starts and answers PING"),
                    Msg.same(String.valueOf(e.getMessage())), Msg.same(LocalRedis.HOW_TO_INSTALL));
        }
    }

    private static ServerUnderTest startAnother(Check check, String redisUri, int index) {
        try {
            return check.startAnother(recipe(redisUri), check.startTimeout());
        } catch (ServerStartException e) {
            throw check.failed(Msg.of("인스턴스 " + label(index) + "가 시작되지 않았습니다: ", "Instance " + label(index)
                            + " did not start: ").plus(e.reason()),
                    Msg.of("같은 Redis를 쓰는 두 번째 인스턴스도 시작됨", "a second instance on the same Redis starts too"),
                    e.reason(), Msg.of("인스턴스끼리 static 필드로 무엇을 나누거나 고정 포트를 쓰고 있지 않나요?",
                            "Do the instances share something through a static field, or use a fixed port?"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting an instance", e);
        }
    }

    private static Cluster running(Check check, int count) {
        List<String> urls = check.parameter(URLS_PARAMETER).map(u -> Arrays.asList(u.split(","))).orElse(List.of());
        check.skipIf(urls.size() < count, Msg.of("이 검사는 실행 중인 인스턴스 " + count + "개가 필요합니다: --url을 "
                        + count + "번 주세요 (예: --url ws://localhost:8080 --url ws://localhost:8081)",
                "this check needs " + count + " running instances: give --url " + count
                        + " times (for example --url ws://localhost:8080 --url ws://localhost:8081)"));
        List<ServerUnderTest> instances = new ArrayList<>();
        instances.add(check.server());
        for (int i = 1; i < count; i++) {
            instances.add(new RemoteServer(URI.create(urls.get(i).trim()), Optional.empty()));
        }
        RedisChannel channel = check.parameter(REDIS_PARAMETER).map(RedisChannel::at).orElse(null);
        Cluster cluster = new Cluster(check, List.copyOf(instances), null, channel);
        cluster.journalInstances(channel == null ? null : channel.address());
        if (channel != null) {
            String key = String.join(",", urls) + " " + channel.address();
            Long seen = TOO_FEW.get(key);
            if (seen != null) {
                throw cluster.tooFewSubscribers(seen);
            }
            try {
                cluster.awaitSubscribers();
            } catch (RuntimeException | Error tooFew) {
                TOO_FEW.put(key, cluster.lastSubscribers);
                throw tooFew;
            }
        }
        return cluster;
    }

    /** "A", "B", "C". */
    public static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }

    public int size() {
        return instances.size();
    }

    public ServerUnderTest instance(int index) {
        return instances.get(index);
    }

    /** Opens the next client on instance {@code index}. */
    public Probe join(int index) {
        Probe probe = check.connectTo(instances.get(index));
        homes.put(probe, index);
        return probe;
    }

    /** "client-3 (instance B)", for the report. */
    public String named(Probe probe) {
        Integer home = homes.get(probe);
        return home == null ? probe.name() : probe.name() + " (instance " + label(home) + ")";
    }

    /** "client-3 (인스턴스 B)". */
    public String namedKo(Probe probe) {
        Integer home = homes.get(probe);
        return home == null ? probe.name() : probe.name() + " (인스턴스 " + label(home) + ")";
    }

    /** Both languages of {@link #named}. */
    public Msg name(Probe probe) {
        return Msg.of(namedKo(probe), named(probe));
    }

    /** Opens the next client on the next instance in turn. */
    public Probe joinNext() {
        Probe probe = join(turn % instances.size());
        turn++;
        return probe;
    }

    /** Opens {@code count} clients, each on the next instance in turn. */
    public List<Probe> joinInTurn(int count) {
        List<Probe> joined = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            joined.add(joinNext());
        }
        return List.copyOf(joined);
    }

    /** The Redis the instances share, seen from outside; empty for running servers graded without --redis. */
    public Optional<RedisChannel> channel() {
        return Optional.ofNullable(channel);
    }

    /** The Redis the grader started itself, which it may stop and start again; empty for running servers. */
    public Optional<LocalRedis> ownRedis() {
        return Optional.ofNullable(redis);
    }

    private void journalInstances(String redisAddress) {
        StringBuilder ko = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < instances.size(); i++) {
            String sep = i == 0 ? "" : ", ";
            ko.append(sep).append("인스턴스 ").append(label(i)).append(" = ").append(instances.get(i).webSocketUri());
            en.append(sep).append("instance ").append(label(i)).append(" = ").append(instances.get(i).webSocketUri());
        }
        if (redisAddress != null) {
            ko.append(" (모두 Redis ").append(redisAddress).append(" 사용)");
            en.append(" (all on Redis ").append(redisAddress).append(")");
        }
        check.journal().add(ko.toString(), en.toString());
    }

    /** Every instance has subscribed to the channel before a check sends anything. */
    private void awaitSubscribers() {
        try {
            Awaitility.await().atMost(SUBSCRIBE_BOUND).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .until(() -> (lastSubscribers = channel.subscribers()) >= instances.size());
        } catch (ConditionTimeoutException tooFew) {
            check.journal().add("PUBSUB NUMSUB " + RedisChannel.NAME + " 명령으로 구독자 수를 " + SUBSCRIBE_BOUND.toMillis()
                            + " ms 동안 지켜봄", "watched PUBSUB NUMSUB " + RedisChannel.NAME + " for "
                            + SUBSCRIBE_BOUND.toMillis() + " ms");
            throw tooFewSubscribers(lastSubscribers);
        }
    }

    private CheckFailed tooFewSubscribers(long seen) {
        return check.failed(Msg.of("인스턴스 " + instances.size() + "개 가운데 Redis 채널 " + RedisChannel.NAME
                                + "의 구독자는 " + seen + "개뿐입니다. 구독하지 않은 인스턴스는 다른 인스턴스의 메시지를 받지 못합니다.",
                        "Only " + seen + " of the " + instances.size() + " instances subscribed to the Redis channel "
                                + RedisChannel.NAME + ". An instance that does not subscribe never hears the others."),
                Msg.of("구독자 " + instances.size() + "개 이상", "at least " + instances.size() + " subscribers"),
                Msg.of("구독자 " + seen + "개 (PUBSUB NUMSUB)", seen + " subscribers (PUBSUB NUMSUB)"),
                RedisHints.SUBSCRIBE);
    }
}
