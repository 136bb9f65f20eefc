package workbook.grader.lessons;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.grader.lessons.common.Delivery;

/**
 * Lesson 07's room as one check sees it: who is in it, so that every join and leave is heard by exactly the clients
 * LESSONS.md names, with exactly the count it names. One per check (it remembers the check's clients). As a
 * {@link Delivery} it sends chat JSON and expects "NAME: TEXT" at every client in the room.
 *
 * <p>A running server is shared with whoever else is connected (a browser tab, the clients of the check before):
 * the first join reads the count the server announces and waits out leaves still on their way, and every count
 * after that is taken relative to it.
 */
final class ChatRoom implements Delivery {

    static final String JOIN = "새로운 유저 접속 [현재: %d명]";
    static final String LEAVE = "유저 연결 해제 [현재: %d명]";
    private static final Pattern JOIN_LINE = Pattern.compile("새로운 유저 접속 \\[현재: (\\d+)명\\]");
    private static final Pattern LEAVE_LINE = Pattern.compile("유저 연결 해제 \\[현재: (\\d+)명\\]");
    /** How long the first client of a check against a running server listens for leaves of earlier clients. */
    private static final Duration SETTLE_WINDOW = Duration.ofMillis(500);
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Msg JOIN_HINT = Msg.of(
            "onOpen 에서 새 클라이언트를 포함한 열린 모든 클라이언트에게 \"새로운 유저 접속 [현재: N명]\" 을 보내나요? N 은 새 클라이언트가 들어온 뒤의 인원입니다.",
            "Does onOpen send \"새로운 유저 접속 [현재: N명]\" to every open client, the newcomer included, N being the count after it joined?");
    static final Msg LEAVE_HINT = Msg.of(
            "onClose 에서 남은 모든 클라이언트에게 \"유저 연결 해제 [현재: N명]\" 을 보내나요? N 은 나간 뒤의 인원입니다. close 프레임 없이 사라진 클라이언트도 onClose 로 옵니다.",
            "Does onClose send \"유저 연결 해제 [현재: N명]\" to every client still there, N being the count after it left? A client that vanishes without a close frame reaches onClose too.");
    static final Msg RACE_HINT = Msg.of(
            "onOpen 은 여러 스레드에서 동시에 불리고, getConnections() 에는 onOpen 이 불리기 전에 이미 새 연결이 들어 있습니다. 인원을 직접 세고, 세기와 알리기를 하나의 synchronized 블록 안에서 하세요.",
            "onOpen runs on several threads at once, and getConnections() already holds a newcomer before its onOpen runs. Keep your own set of clients, and count and announce inside one synchronized block.");

    private final List<Probe> present = new ArrayList<>();
    /** Clients of the server that this check did not open; known after the first join. */
    private int strangers = -1;

    static String joinLine(int count) {
        return String.format(JOIN, count);
    }

    static String leaveLine(int count) {
        return String.format(LEAVE, count);
    }

    /** {@code count} clients the check does not follow (an audience) are in the room too: later counts include them. */
    void countAlso(int count) {
        strangers = Math.max(strangers, 0) + count;
    }

    /** Everyone in the room that this check opened, in the order they were counted. */
    List<Probe> present() {
        return List.copyOf(present);
    }

    /** Opens a client; it and everyone already in the room hear its arrival with the new count. */
    @Override
    public Probe join(Check check) {
        hearLeaves(check);
        Probe newcomer = check.connect();
        List<Probe> hearing = new ArrayList<>(present);
        if (strangers < 0) {
            strangers = firstArrival(check, newcomer);
        } else {
            hearing.add(0, newcomer);
        }
        if (!hearing.isEmpty()) {
            check.expectEach(hearing, joinLine(count() + 1), JOIN_HINT);
        }
        present.add(newcomer);
        return newcomer;
    }

    /**
     * The clients this check closed or dropped since the last look have left: everyone still in the room hears each
     * leave, the count going down by one each time.
     */
    void hearLeaves(Check check) {
        int before = count();
        List<Probe> gone = present.stream().filter(Probe::hasLeft).toList();
        if (gone.isEmpty()) {
            return;
        }
        present.removeAll(gone);
        if (present.isEmpty()) {
            return;
        }
        if (gone.size() == 1) {
            check.expectEach(present, leaveLine(before - 1), LEAVE_HINT);
            return;
        }
        List<String> lines = IntStream.range(1, gone.size() + 1).mapToObj(i -> leaveLine(before - i)).toList();
        for (Probe stayed : present) {
            check.expectInOrder(stayed, lines, LEAVE_HINT);
        }
    }

    /**
     * Opens {@code count} clients at the same moment. The counts announced for them must be the next {@code count}
     * numbers, each once; each newcomer hears its own number first, then every later one in order; whoever was in
     * the room before hears them all in order.
     */
    List<Probe> joinAtOnce(Check check, int count) {
        hearLeaves(check);
        if (strangers < 0 && check.gradesRunningServer()) {
            join(check);
        }
        strangers = Math.max(strangers, 0);
        int first = count() + 1;
        int last = count() + count;
        List<Probe> burst = check.connectAtOnce(count);
        check.journal().add("모든 클라이언트가 받은 입장 알림을 모음 (합쳐서 최대 " + Check.ANSWER_TIMEOUT.toMillis() + " ms)",
                "collected the join announcements every client received (up to " + Check.ANSWER_TIMEOUT.toMillis() + " ms in all)");
        long deadline = System.nanoTime() + Check.ANSWER_TIMEOUT.toNanos();
        Map<Probe, List<Frame>> heard = new LinkedHashMap<>();
        for (Probe probe : burst) {
            heard.put(probe, framesUntil(check, probe, last, deadline));
        }
        Map<Integer, Probe> byFirstCount = new TreeMap<>();
        for (Map.Entry<Probe, List<Frame>> entry : heard.entrySet()) {
            Probe probe = entry.getKey();
            List<Frame> frames = entry.getValue();
            Integer own = frames.isEmpty() ? null : joinCount(frames.get(0));
            if (own == null) {
                throw check.failed(Msg.of(probe.name() + " 이(가) 자기 입장 알림을 받지 못했습니다.",
                                probe.name() + " did not hear its own arrival."),
                        Msg.of("첫 프레임으로 " + first + "명에서 " + last + "명 사이의 입장 알림",
                                "a join announcement between " + first + " and " + last + " as its first frame"),
                        frames.isEmpty() ? Msg.of(Check.ANSWER_TIMEOUT.toMillis() + " ms 동안 아무것도 오지 않음",
                                "nothing within " + Check.ANSWER_TIMEOUT.toMillis() + " ms") : frames.get(0).describe(), JOIN_HINT);
            }
            Probe twin = byFirstCount.putIfAbsent(own, probe);
            if (twin != null) {
                throw check.failed(Msg.of("두 클라이언트가 같은 인원으로 입장을 알렸습니다: " + twin.name() + " 와(과) " + probe.name()
                                        + " 이(가) 둘 다 처음 받은 것이 " + Quote.text(joinLine(own)) + " 입니다. 동시에 들어와도 인원은 한 번씩만 알려야 합니다.",
                                "Two clients were announced with the same count: " + twin.name() + " and " + probe.name()
                                        + " both first heard " + Quote.text(joinLine(own)) + ". Clients joining at once must each get a count of their own."),
                        Msg.of(first + "명부터 " + last + "명까지 한 번씩", "each count from " + first + " to " + last + " once"),
                        Msg.of("처음 받은 인원: ", "counts first heard: ").plus(Msg.same(describeFirstCounts(heard))), RACE_HINT);
            }
        }
        for (int n = first; n <= last; n++) {
            if (!byFirstCount.containsKey(n)) {
                throw check.failed(Msg.of(n + "명이 된 입장은 아무에게도 알려지지 않았습니다.", "No client was announced as number " + n + "."),
                        Msg.of(first + "명부터 " + last + "명까지 한 번씩", "each count from " + first + " to " + last + " once"),
                        Msg.of("처음 받은 인원: ", "counts first heard: ").plus(Msg.same(describeFirstCounts(heard))), RACE_HINT);
            }
        }
        for (Map.Entry<Probe, List<Frame>> entry : heard.entrySet()) {
            int own = joinCount(entry.getValue().get(0));
            List<String> wanted = IntStream.rangeClosed(own, last).mapToObj(ChatRoom::joinLine).toList();
            requireHeard(check, entry.getKey(), entry.getValue(), wanted);
        }
        for (Probe before : present) {
            check.expectInOrder(before, IntStream.rangeClosed(first, last).mapToObj(ChatRoom::joinLine).toList(), RACE_HINT);
        }
        burst.stream().sorted(Comparator.comparing(p -> joinCount(heard.get(p).get(0)))).forEach(present::add);
        return burst;
    }

    @Override
    public String wire(Probe sender, String text) {
        return chatJson(sender.name(), text);
    }

    @Override
    public Map<Probe, String> expected(Probe sender, List<Probe> clients, String text) {
        Map<Probe, String> expected = new LinkedHashMap<>();
        clients.forEach(client -> expected.put(client, sender.name() + ": " + text));
        return expected;
    }

    @Override
    public void verify(Check check, Probe sender, List<Probe> clients, String text) {
        hearLeaves(check);
        Delivery.super.verify(check, sender, clients, text);
    }

    @Override
    public Msg hint() {
        return Msg.of("onMessage 에서 {\"name\":\"NAME\",\"message\":\"TEXT\"} 를 읽어, 보낸 사람을 포함해 방의 모든 클라이언트에게 \"NAME: TEXT\" 하나만 보내나요?",
                "Does onMessage read {\"name\":\"NAME\",\"message\":\"TEXT\"} and send just \"NAME: TEXT\" to every client in the room, the sender included?");
    }

    static String chatJson(String name, String message) {
        return JSON.createObjectNode().put("name", name).put("message", message).toString();
    }

    private int count() {
        return strangers + present.size();
    }

    /**
     * The first client of the check: against the grader's own server it is alone; against a running server, it reads
     * how many others are there and listens briefly for the leaves of clients that are already going.
     */
    private int firstArrival(Check check, Probe newcomer) {
        if (!check.gradesRunningServer()) {
            check.expect(newcomer, joinLine(1), JOIN_HINT);
            return 0;
        }
        check.journal().add(newcomer.name() + " 의 입장 알림을 최대 " + Check.ANSWER_TIMEOUT.toMillis() + " ms 기다림",
                "waited up to " + Check.ANSWER_TIMEOUT.toMillis() + " ms for " + newcomer.name() + "'s own arrival announcement");
        Frame first = check.next(newcomer, Check.ANSWER_TIMEOUT);
        Integer count = first == null ? null : joinCount(first);
        if (count == null) {
            throw check.failed(Msg.of(newcomer.name() + " 이(가) 자기 입장 알림을 받지 못했습니다.", newcomer.name() + " did not hear its own arrival."),
                    Msg.of("\"새로운 유저 접속 [현재: N명]\" 꼴의 텍스트", "a text like \"새로운 유저 접속 [현재: N명]\""),
                    first == null ? Msg.of("아무것도 오지 않음", "nothing arrived") : first.describe(), JOIN_HINT);
        }
        check.journal().add(newcomer.name() + " 의 입장 알림: 서버에 " + count + "명이 있음. 이전 클라이언트의 퇴장 알림을 최대 "
                        + SETTLE_WINDOW.toMillis() + " ms 기다림",
                newcomer.name() + "'s arrival says " + count + " are on the server; listened up to " + SETTLE_WINDOW.toMillis()
                        + " ms for leaves of earlier clients");
        long deadline = System.nanoTime() + SETTLE_WINDOW.toNanos();
        while (count > 1) {
            Frame next = check.next(newcomer, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (next == null) {
                break;
            }
            Matcher leave = next.isText() ? LEAVE_LINE.matcher(next.text()) : null;
            if (leave == null || !leave.matches() || Integer.parseInt(leave.group(1)) != count - 1) {
                throw check.failed(Msg.of(newcomer.name() + " 이(가) 예상하지 못한 프레임을 받았습니다.", newcomer.name() + " received an unexpected frame."),
                        Msg.of("이전 클라이언트의 퇴장 알림 " + Quote.text(leaveLine(count - 1)) + " 또는 아무것도 없음",
                                "the leave of an earlier client, " + Quote.text(leaveLine(count - 1)) + ", or nothing"),
                        next.describe(), LEAVE_HINT);
            }
            count--;
        }
        return count - 1;
    }

    /** Reads join announcements from {@code probe} until one says {@code last}, a frame is not one, or time is up. */
    private static List<Frame> framesUntil(Check check, Probe probe, int last, long deadline) {
        List<Frame> frames = new ArrayList<>();
        while (true) {
            Frame frame = check.next(probe, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (frame == null) {
                return frames;
            }
            frames.add(frame);
            Integer count = joinCount(frame);
            if (count == null || count >= last) {
                return frames;
            }
        }
    }

    private static void requireHeard(Check check, Probe probe, List<Frame> frames, List<String> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            Msg expected = Msg.of((i + 1) + "번째로 텍스트 " + Quote.text(wanted.get(i)), "message " + (i + 1) + " to be text " + Quote.text(wanted.get(i)));
            if (i >= frames.size()) {
                throw check.failed(Msg.of(probe.name() + " 이(가) 자기 뒤에 들어온 클라이언트의 입장 알림을 다 받지 못했습니다.",
                                probe.name() + " did not hear every arrival after its own."),
                        expected, Msg.of("받은 것: ", "heard: ").plus(describeTexts(frames)).plus(
                                Msg.of(", 그 뒤로 아무것도 없음", ", then nothing")), JOIN_HINT);
            }
            if (!frames.get(i).isText(wanted.get(i))) {
                throw check.failed(Msg.of(probe.name() + " 이(가) 받은 입장 알림의 인원이 하나씩 늘지 않습니다.",
                                "The counts " + probe.name() + " heard do not go up one by one."),
                        expected, Msg.of("받은 것: ", "heard: ").plus(describeTexts(frames)), RACE_HINT);
            }
        }
    }

    private static Integer joinCount(Frame frame) {
        if (!frame.isText()) {
            return null;
        }
        Matcher join = JOIN_LINE.matcher(frame.text());
        return join.matches() ? Integer.valueOf(join.group(1)) : null;
    }

    private static String describeFirstCounts(Map<Probe, List<Frame>> heard) {
        return heard.entrySet().stream().map(e -> e.getKey().name() + "=" + (e.getValue().isEmpty() ? "-"
                : String.valueOf(joinCount(e.getValue().get(0))))).collect(Collectors.joining(", "));
    }

    private static Msg describeTexts(List<Frame> frames) {
        return Msg.of(frames.stream().map(f -> f.describe().ko()).collect(Collectors.joining(", ")),
                frames.stream().map(f -> f.describe().en()).collect(Collectors.joining(", ")));
    }
}
