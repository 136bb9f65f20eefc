package workbook.grader.lessons.heartbeat;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import workbook.grader.core.Check;
import workbook.grader.core.words.Connecting;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.grader.korean.Particles;

/**
 * The raw-socket clients of one check: {@code watcher-N} (answers every ping, as a browser does) and
 * {@code sleeper-N} (will stop answering, as a laptop that sleeps). Opens them, names them, writes what they do in
 * the check's journal, tells what each received for a report, and closes them all when the check ends.
 */
public final class RawClients implements AutoCloseable {

    private final Check check;
    private final Interval interval;
    private final List<RawWebSocket> opened = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();

    public RawClients(Check check, Interval interval) {
        this.check = check;
        this.interval = interval;
    }

    /** A client that answers every ping with a pong. */
    public RawWebSocket watcher() {
        return open("watcher", Msg.of("ping 마다 pong으로 답하는 클라이언트 (브라우저처럼)", "a client that answers every ping with a pong, as a browser does"));
    }

    /** A client that answers pings until the check freezes it. */
    public RawWebSocket sleeper() {
        return open("sleeper", Msg.of("곧 ping에 답하지 않게 될 클라이언트 (잠드는 노트북처럼)", "a client that will stop answering pings, as a laptop that goes to sleep"));
    }

    private RawWebSocket open(String role, Msg what) {
        int number = counters.merge(role, 1, Integer::sum);
        String name = role + "-" + number;
        var target = check.server().webSocketUri();
        check.journal().add(Msg.of(Particles.subject(name) + " " + target + "에 연결함: ", name + " connected to " + target + ": ").plus(what));
        Duration nudge = Duration.ofMillis(Math.max(20, interval.millis() / 4));
        try {
            RawWebSocket client = RawWebSocket.open(name, target, Check.CONNECT_TIMEOUT, nudge);
            synchronized (opened) {
                opened.add(client);
            }
            return client;
        } catch (IOException e) {
            check.failIfNotImplemented();
            boolean refused = e instanceof ConnectException;
            throw check.failed(Msg.of(Particles.subject(name) + " 연결하지 못했습니다 (" + target + "): " + e.getMessage(),
                            name + " could not connect (" + target + "): " + e.getMessage()),
                    Msg.of(name + "의 WebSocket 연결이 " + Check.CONNECT_TIMEOUT.toMillis() + " ms 안에 열림",
                            name + "'s WebSocket connection opens within " + Check.CONNECT_TIMEOUT.toMillis() + " ms"),
                    Connecting.notConnected(refused),
                    Msg.of("서버가 그 포트에서 듣고 있나요? onOpen에서 예외가 나거나 오래 기다리지 않나요?",
                            "Is the server listening on that port? Does onOpen throw, or wait?"));
        }
    }

    /**
     * Stops answering pings, and journals it. Returns how many events the client had seen before: the ping it leaves
     * unanswered comes after them.
     */
    public int freeze(RawWebSocket client) {
        int seen = client.events().size();
        client.freeze();
        check.journal().add(Particles.subject(client.name()) + " 잠듦: 연결은 그대로지만 이제 ping에 답하지 않고 아무것도 보내지 않음",
                client.name() + " went to sleep: its connection stays up, but it answers no ping and sends nothing any more");
        return seen;
    }

    /** Answers again, the waiting ping first, and journals it. */
    public void wake(RawWebSocket client, long sinceMillis) {
        try {
            client.wake();
        } catch (IOException e) {
            check.fail(Msg.of(Particles.subject(client.name()) + " 깨어나 pong을 보내려 했지만 연결이 이미 끊겨 있었습니다: " + e.getMessage(),
                            client.name() + " woke up to send its pong, but its connection was already gone: " + e.getMessage()),
                    Msg.of("연결이 열려 있음", "the connection is open"), describe(client),
                    Msg.of("ping에 답할 시간을 한 간격 주세요: ping을 보낸 뒤 다음 박자에 답을 확인합니다.",
                            "Give a client one interval to answer a ping: check for its pong at the next beat, not sooner."));
        }
        check.journal().add(Particles.subject(client.name()) + " 깨어나, 기다리던 ping에 " + sinceMillis + " ms 늦게 pong으로 답하고 다시 답하기 시작함",
                client.name() + " woke up, answered the waiting ping with a pong " + sinceMillis + " ms late, and answers again from now on");
    }

    /** What {@code client} received so far, with times counted from its handshake: for a report. */
    public Msg describe(RawWebSocket client) {
        List<RawWebSocket.Event> events = client.events();
        if (events.isEmpty()) {
            return Msg.of(Particles.subject(client.name()) + " 받은 것: 없음", client.name() + " received nothing");
        }
        String ko = events.stream().map(e -> describe(e, client.openedAt(), true)).collect(Collectors.joining(", "));
        String en = events.stream().map(e -> describe(e, client.openedAt(), false)).collect(Collectors.joining(", "));
        return Msg.of(Particles.subject(client.name()) + " 받은 것 (연결한 때부터 ms): " + ko, client.name() + " received (ms after it connected): " + en);
    }

    private static String describe(RawWebSocket.Event event, long origin, boolean korean) {
        long at = Duration.ofNanos(event.at() - origin).toMillis();
        return switch (event.kind()) {
            case TEXT -> (korean ? "텍스트 " : "text ") + Quote.text(event.text()) + " @" + at;
            case BINARY -> (korean ? "바이너리 프레임" : "a binary frame") + " @" + at;
            case PING -> "ping @" + at + (event.answered() ? "" : korean ? " (답하지 않음)" : " (not answered)");
            case PONG -> "pong @" + at;
            case CLOSE_FRAME -> (korean ? "close 프레임 (코드 " : "a close frame (code ") + event.closeCode() + ") @" + at;
            case ENDED -> (korean ? "연결 끊김" : "connection ended") + " @" + at;
        };
    }

    @Override
    public void close() {
        synchronized (opened) {
            opened.forEach(RawWebSocket::close);
            opened.clear();
        }
    }
}
