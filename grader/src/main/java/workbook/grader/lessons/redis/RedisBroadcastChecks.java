package workbook.grader.lessons.redis;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.grader.core.Check;
import workbook.grader.core.ChecksAtOnce;
import workbook.grader.core.LessonChecks;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.grader.lessons.common.CommonRules;
import workbook.grader.lessons.common.Delivery;
import workbook.grader.lessons.common.Delivery.Turn;
import workbook.grader.lessons.common.EveryLesson;

/**
 * Lesson 09. Each check has a Redis of its own and two or three instances of the lesson on it (see {@link Cluster}).
 * Every wait for a frame is bounded by {@link Check#ANSWER_TIMEOUT}, so a server that hangs fails within 5 s; only
 * the check that stops Redis and waits for it to come back may take longer, up to {@link Outage#RETURN_BOUND} more.
 *
 * <p>Four checks at a time, not all 19. Six correct submissions graded two at once under a CPU quota of 0.7 cores
 * lost points in 2 of 3 runs with 16 checks at once (Redis took 10 s to start; 1 to 16 checks lost), in 1 of 3 with 8
 * (seven constructors ran out of their 8 s), in none of 5 with 4. Idle, the class took 29.0 s instead of 33.8 s, and
 * {@code check 09} alone 6.2 s instead of 5.6 s.
 */
@LessonChecks
@ChecksAtOnce(4)
@Timeout(value = 15, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@DisplayName("09 서버 여러 대 / 09 Several servers, one chat")
public class RedisBroadcastChecks {

    private static final Msg IN_PROCESS_ONLY = Msg.of("채점기가 직접 시작한 서버와 Redis에서만 검사할 수 있습니다",
            "can only be checked on servers and a Redis the grader starts itself");

    @Nested
    @Tag("task:1")
    @DisplayName("과제 1 · 모든 인스턴스의 모든 클라이언트가 메시지마다 한 번씩 받는다 / Task 1 · Every client of every instance receives each message once")
    class Task1 {

        @Test
        @DisplayName("인스턴스 두 대: 보낸 사람을 포함해 모두가 한 번씩 받는다 / Two instances: everyone, the sender included, receives each message once")
        void twoInstances(Check check) {
            everyoneOnce(check, 2, new Turn(0, "hello from A"), new Turn(3, "hello from B"));
        }

        @Test
        @DisplayName("인스턴스 세 대: 어느 인스턴스에서 보내든 모두가 한 번씩 받는다 / Three instances: whichever instance a message comes from, everyone receives it once")
        void threeInstances(Check check) {
            everyoneOnce(check, 3, new Turn(1, "from B to all"), new Turn(2, "from C to all"), new Turn(3, "from A to all"));
        }

        /** Four clients join {@code instances} instances in turn; each turn's text reaches every one of them once. */
        private void everyoneOnce(Check check, int instances, Turn... turns) {
            Cluster cluster = Cluster.of(check, instances);
            List<Probe> clients = cluster.joinInTurn(4);
            for (Turn turn : turns) {
                Crossing.everyoneOnce(check, cluster, clients.get(turn.sender()), clients, turn.text());
            }
        }

        @Test
        @DisplayName("보낸 사람마다 보낸 순서대로 모든 인스턴스에 도착한다 / Each sender's messages arrive in the order sent, on every instance")
        void orderPerSender(Check check) {
            Cluster cluster = Cluster.of(check, 2);
            List<Probe> clients = cluster.joinInTurn(4);
            Crossing.inOrderPerSender(check, cluster, List.of(clients.get(0), clients.get(1)), clients, 15);
        }

        @Test
        @DisplayName("다른 인스턴스에 나중에 들어온 클라이언트는 지난 메시지를 받지 않는다 / A client that joins another instance later receives no earlier message")
        void noReplayForLateJoiners(Check check) {
            Cluster cluster = Cluster.of(check, 2);
            Probe first = cluster.join(0);
            Probe second = cluster.join(1);
            Crossing.everyoneOnce(check, cluster, first, List.of(first, second), "before you came");
            Probe late = cluster.join(1);
            check.expectSilence(Msg.of("지난 메시지를 저장해 두었다가 새 클라이언트에게 보내고 있지 않나요? Redis pub/sub은 메시지를 저장하지 않습니다.",
                    "Does the server keep old messages and send them to newcomers? Redis pub/sub keeps no messages."), late);
            Crossing.everyoneOnce(check, cluster, late, List.of(first, second, late), "now I am here");
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("과제 2 · 채널에는 받은 글 그대로: 어느 프로그램이든 함께할 수 있다 / Task 2 · The channel carries the text itself: any program can take part")
    class Task2 {

        @Test
        @DisplayName("다른 프로그램이 채널에 보낸 글도 모두에게 전달된다 / Text another program publishes on the channel reaches everyone")
        void anotherProgramPublishes(Check check) throws IOException {
            Cluster cluster = Cluster.of(check, 2);
            RedisChannel channel = requireChannel(check, cluster);
            List<Probe> clients = cluster.joinInTurn(3);
            String text = "a note from another program ✉️";
            long heard = channel.publish(text);
            check.journal().add("채점기가 다른 프로그램처럼 PUBLISH " + RedisChannel.NAME + " " + Quote.text(text) + " 명령을 보냄 (받은 구독자: " + heard + ")",
                    "the grader, as another program would, sent PUBLISH " + RedisChannel.NAME + " " + Quote.text(text) + " (subscribers reached: " + heard + ")");
            for (Probe client : clients) {
                check.expectText(client, Msg.of(cluster.namedKo(client) + " 이(가) 받는 것: " + Quote.text(Crossing.PREFIX + text),
                        cluster.named(client) + " receives " + Quote.text(Crossing.PREFIX + text)),
                        (Crossing.PREFIX + text)::equals, RedisHints.EXACT_TEXT);
            }
            check.expectSilence(RedisHints.DELIVER, clients.toArray(Probe[]::new));
        }

        @Test
        @DisplayName("인스턴스는 받은 글을 그대로 채널에 publish한다 / An instance publishes the text exactly as received")
        void publishesTheTextItself(Check check) throws IOException {
            Cluster cluster = Cluster.of(check, 2);
            RedisChannel channel = requireChannel(check, cluster);
            Probe sender = cluster.join(0);
            String text = "  just the text, as typed \"quoted\"  ";
            try (RedisChannel.Listener listener = channel.listen()) {
                check.journal().add("채점기가 SUBSCRIBE " + RedisChannel.NAME + " 명령으로 채널을 들음",
                        "the grader listened to the channel itself (SUBSCRIBE " + RedisChannel.NAME + ")");
                sender.send(text);
                String published = listener.next(Check.ANSWER_TIMEOUT);
                check.journal().add("채점기가 채널에서 들은 것: " + (published == null ? "(없음)" : Quote.text(published)),
                        "what the grader heard on the channel: " + (published == null ? "(nothing)" : Quote.text(published)));
                if (!text.equals(published)) {
                    check.fail(Msg.of("인스턴스가 채널 " + RedisChannel.NAME + "에 publish한 글이 클라이언트가 보낸 글과 다릅니다.",
                                    "What the instance published on " + RedisChannel.NAME + " is not the text its client sent."),
                            Msg.same(Quote.text(text)),
                            published == null ? Msg.of(Check.ANSWER_TIMEOUT.toMillis() + " ms 동안 아무것도 publish되지 않음",
                                    "nothing published within " + Check.ANSWER_TIMEOUT.toMillis() + " ms") : Msg.same(Quote.text(published)),
                            RedisHints.EXACT_TEXT);
                }
            }
        }

        @Test
        @DisplayName("공백, 줄바꿈, 따옴표, 마크업이 다른 인스턴스까지 그대로 간다 / Spaces, line breaks, quotes and markup cross to the other instance unchanged")
        void exactTextAcrossInstances(Check check) {
            Cluster cluster = Cluster.of(check, 2);
            List<Probe> clients = List.of(cluster.join(0), cluster.join(1));
            Crossing.everyoneOnce(check, cluster, clients.get(0), clients, "  two spaces on each side  ");
            Crossing.everyoneOnce(check, cluster, clients.get(1), clients, "tab\there\nnew line, \"quotes\" & <b>&amp;</b>");
        }

        private RedisChannel requireChannel(Check check, Cluster cluster) {
            check.skipIf(cluster.channel().isEmpty(), Msg.of("실행 중인 서버의 Redis 주소를 모릅니다: --redis redis://호스트:포트 를 주세요",
                    "the running servers' Redis is unknown: give --redis redis://HOST:PORT"));
            return cluster.channel().orElseThrow();
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("과제 3 · Redis가 없을 때 / Task 3 · When Redis is not there")
    class Task3 {

        @Test
        @DisplayName("시작할 때 Redis가 없으면 서버가 시작되지 않고 그 주소를 말한다 / With no Redis at start, the server does not start and names the address")
        void noRedisAtStart(Check check) throws InterruptedException {
            check.onlyInProcess(IN_PROCESS_ONLY);
            Unreachable.serverRefusesToStart(check);
        }

        @Test
        @DisplayName("Redis가 없는 동안 보낸 사람만 \"Error: \" 답을 받고, 모두 연결되어 있다 / While Redis is away, the sender alone gets an \"Error: \" reply and everyone stays connected")
        void errorWhileRedisIsAway(Check check) {
            check.onlyInProcess(IN_PROCESS_ONLY);
            Cluster cluster = Cluster.of(check, 2);
            List<Probe> clients = cluster.joinInTurn(3);
            Crossing.everyoneOnce(check, cluster, clients.get(0), clients, "before Redis goes");
            Outage.stopRedis(check, cluster);
            Outage.errorToSenderAlone(check, cluster, clients.get(0), clients, "is anyone there?");
            Outage.errorToSenderAlone(check, cluster, clients.get(1), clients, "hello from B, in the dark");
        }

        @Test
        @DisplayName("Redis가 돌아오면 서버를 다시 시작하지 않아도 5초 안에 다시 전달한다 / When Redis returns, broadcasting resumes within 5 s without a restart")
        void resumesAfterRedisReturns(Check check) throws IOException {
            check.onlyInProcess(IN_PROCESS_ONLY);
            Cluster cluster = Cluster.of(check, 2);
            List<Probe> clients = List.of(cluster.join(0), cluster.join(1));
            Crossing.everyoneOnce(check, cluster, clients.get(0), clients, "before Redis goes");
            Outage.stopRedis(check, cluster);
            Outage.errorToSenderAlone(check, cluster, clients.get(0), clients, "is anyone there?");
            long resumeBy = Outage.startRedisAgain(check, cluster);
            Outage.broadcastsAgain(check, cluster, resumeBy, clients.get(0), clients.get(1));
            Outage.broadcastsAgain(check, cluster, resumeBy, clients.get(1), clients.get(0));
            Crossing.everyoneOnce(check, cluster, clients.get(1), clients, "B speaks after the return");
        }
    }

    @Nested
    @Tag("task:4")
    @DisplayName("과제 4 · 모든 레슨의 공통 규칙 / Task 4 · Rules for every lesson")
    class Rules extends CommonRules {

        Rules() {
            super(new RedisDelivery());
        }

        @Override
        @Test
        @DisplayName("stop() 이 모든 연결을 닫고, 포트를 놓고, 스레드를 남기지 않는다 / stop() closes every connection, releases the port and leaves no thread")
        protected void stopReleasesEverything(Check check) throws Exception {
            EveryLesson.onlyStoppable(check);
            List<Probe> clients = delivery().join(check, 2);
            Cluster cluster = Cluster.of(check);
            Crossing.everyoneOnce(check, cluster, clients.get(0), clients, "last words");
            EveryLesson.stopAndInspect(check, List.of(clients.get(0)), RedisHints.STOP, frame -> false);
        }
    }
}
