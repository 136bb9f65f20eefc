package workbook.grader.lessons.redis;

import java.util.ArrayList;
import java.util.List;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;

/** Lesson 09's deliveries across instances: everyone once, nothing twice, each sender's messages in order. */
public final class Crossing {

    public static final String PREFIX = "Broadcast: ";

    private Crossing() {
    }

    /**
     * {@code sender} sends {@code text}; every client of every instance receives {@code Broadcast: text} once, and
     * during the silence window after, nothing more (a second copy is named as such).
     */
    public static void everyoneOnce(Check check, Cluster cluster, Probe sender, List<Probe> clients, String text) {
        sender.send(text);
        String wanted = PREFIX + text;
        for (Probe client : clients) {
            check.expectText(client, Msg.of(cluster.namedKo(client) + " 이(가) 받는 것: 텍스트 " + Quote.text(wanted),
                    cluster.named(client) + " receives text " + Quote.text(wanted)), wanted::equals, RedisHints.SUBSCRIBE);
        }
        nothingTwice(check, cluster, clients, wanted);
    }

    /** Watches {@code clients} for the silence window: a frame now is a second copy or a stray. */
    static void nothingTwice(Check check, Cluster cluster, List<Probe> clients, String delivered) {
        check.journal().add(Check.SILENCE_WINDOW.toMillis() + " ms 동안 더 오는 것이 없는지 지켜봄",
                "watched for " + Check.SILENCE_WINDOW.toMillis() + " ms to make sure nothing else arrives");
        Check.Stray stray = check.watch(Check.SILENCE_WINDOW, frame -> false, clients.toArray(Probe[]::new));
        if (stray == null) {
            return;
        }
        if (stray.frame().isText() && stray.frame().text().equals(delivered)) {
            check.fail(Msg.of(cluster.namedKo(stray.client()) + " 이(가) 같은 메시지를 두 번 받았습니다: " + Quote.text(delivered)
                                    + ". 한 번은 인스턴스가 직접, 한 번은 Redis를 거쳐 보낸 것 아닌가요?",
                            cluster.named(stray.client()) + " received " + Quote.text(delivered)
                                    + " twice: once sent by its instance directly, once through Redis?"),
                    Msg.of("메시지마다 한 번씩", "each message once"), stray.frame().describe(), RedisHints.DELIVER);
        }
        check.fail(Msg.of(cluster.namedKo(stray.client()) + " 이(가) 받지 말아야 할 프레임을 받았습니다.",
                        cluster.named(stray.client()) + " received a frame it should not have."),
                Msg.of("더 오는 것 없음", "nothing else"), stray.frame().describe(), RedisHints.DELIVER);
    }

    /**
     * Each of {@code senders} sends {@code count} numbered messages, taking turns; every client receives each
     * sender's messages in the order that sender sent them (the two senders' messages may interleave).
     */
    public static void inOrderPerSender(Check check, Cluster cluster, List<Probe> senders, List<Probe> clients, int count) {
        for (int i = 1; i <= count; i++) {
            for (Probe sender : senders) {
                sender.send(sender.name() + " #" + i);
            }
        }
        int total = count * senders.size();
        check.journal().add("클라이언트마다 " + total + "개의 Broadcast를 기다림 (각각 최대 " + Check.ANSWER_TIMEOUT.toMillis() + " ms)",
                "waited for " + total + " broadcasts at each client (up to " + Check.ANSWER_TIMEOUT.toMillis() + " ms each)");
        for (Probe client : clients) {
            List<String> got = new ArrayList<>();
            for (int n = 0; n < total; n++) {
                Frame frame = check.next(client, Check.ANSWER_TIMEOUT);
                if (frame == null || !frame.isText()) {
                    break;
                }
                got.add(frame.text());
            }
            for (Probe sender : senders) {
                List<String> wanted = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    wanted.add(PREFIX + sender.name() + " #" + i);
                }
                List<String> fromSender = got.stream().filter(t -> t.startsWith(PREFIX + sender.name() + " #")).toList();
                if (!fromSender.equals(wanted)) {
                    check.fail(Msg.of(cluster.namedKo(client) + " 이(가) " + cluster.namedKo(sender)
                                            + "의 메시지를 보낸 순서대로, 빠짐없이 한 번씩 받지 못했습니다.",
                                    cluster.named(client) + " did not receive " + cluster.named(sender)
                                            + "'s messages once each, in the order sent."),
                            Msg.same(String.join(", ", wanted.stream().map(Quote::text).toList())),
                            fromSender.isEmpty() ? Msg.of("(없음)", "(nothing)")
                                    : Msg.same(String.join(", ", fromSender.stream().map(Quote::text).toList())),
                            Msg.of("한 연결에서 publish를 받은 순서대로 바로 하고 있나요? 스레드를 새로 만들어 publish하면 순서가 섞일 수 있습니다.",
                                    "Do you publish right away, in the order received, on one connection? Publishing from new threads can reorder messages."));
                }
            }
        }
        nothingTwice(check, cluster, clients, null);
    }
}
