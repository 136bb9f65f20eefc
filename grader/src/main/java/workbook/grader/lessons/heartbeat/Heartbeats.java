package workbook.grader.lessons.heartbeat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import workbook.grader.core.Check;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.common.LessonThreads;
import workbook.grader.korean.Particles;
import workbook.grader.lessons.heartbeat.RawWebSocket.Event;

/**
 * The waits of lesson 08, each bounded in intervals (see {@link Interval}): pings that keep coming, clients that
 * answer and stay, clients that stop answering and are cut off in time.
 */
public record Heartbeats(Check check, Interval interval, RawClients raw) {

    public static final Msg KEEP_ANSWERING = Msg.of(
            "ping에 답한 클라이언트는 끊으면 안 됩니다. beat에서 순서를 보세요: 먼저 지난 ping의 답 (isAlive)을 확인하고, 그다음 false로 바꾸고 ping을 보냅니다. "
                    + "ping을 보낸 바로 뒤에 확인하면 아무도 답할 틈이 없습니다. onWebsocketPong에서 isAlive를 true로 바꾸나요?",
            "A client that answers its pings must never be cut off. Look at the order in beat: first check the answer to the last ping (isAlive), then set it "
                    + "to false and ping. Checking right after the ping leaves nobody time to answer. Does onWebsocketPong set isAlive back to true?");

    /** How many gaps between pings the spacing is judged on. */
    static final int GAPS = 4;

    /** The first ping {@code client} receives after its event number {@code from}, or a failure that says none came. */
    public Event nextPing(RawWebSocket client, int from) {
        Duration within = interval.firstPingWithin();
        check.journal().add(Particles.subject(client.name()) + " 다음 ping을 최대 " + within.toMillis() + " ms 기다림",
                "waited up to " + within.toMillis() + " ms for " + client.name() + "'s next ping");
        Event ping = await(client, from, e -> e.kind() == Event.Kind.PING || e.endsIt(), within);
        if (ping != null && ping.endsIt()) {
            check.fail(Msg.of("서버가 ping에 답해 온 " + Particles.object(client.name()) + " 다음 ping도 보내기 전에 끊었습니다.",
                            "The server cut off " + client.name() + ", a client that had answered its pings, before its next ping came."),
                    Msg.of(within.toMillis() + " ms 안에 ping 프레임, 연결은 열린 채로", "a ping frame within " + within.toMillis() + " ms, the connection open"),
                    raw.describe(client), KEEP_ANSWERING);
        }
        if (ping == null) {
            check.failIfNotImplemented();
            throw check.failedWaiting(Msg.of(Particles.subject(client.name()) + " " + within.toMillis() + " ms 동안 ping을 받지 못했습니다: 열린 클라이언트는 간격 ("
                            + interval.millis() + " ms) 마다 ping을 받아야 합니다.",
                            client.name() + " received no ping within " + within.toMillis() + " ms: every open client must get a ping every interval ("
                                    + interval.millis() + " ms)."),
                    Msg.of(within.toMillis() + " ms (두 간격과 여유 " + Interval.SLACK.toMillis() + " ms) 안에 ping 프레임",
                            "a ping frame within " + within.toMillis() + " ms (two intervals and " + Interval.SLACK.toMillis() + " ms to spare)"),
                    raw.describe(client), noPingHint());
        }
        return ping;
    }

    /** {@code client} receives {@link #GAPS} + 1 pings, and the median gap between them is within the factor of the interval. */
    public void expectPingsEveryInterval(RawWebSocket client) {
        List<Event> pings = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= GAPS; i++) {
            Event ping = nextPing(client, from);
            pings.add(ping);
            from = client.events().indexOf(ping) + 1;
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < pings.size(); i++) {
            gaps.add(Duration.ofNanos(pings.get(i).at() - pings.get(i - 1).at()).toMillis());
        }
        long median = gaps.stream().sorted().toList().get(gaps.size() / 2);
        String shown = gaps.stream().map(String::valueOf).collect(Collectors.joining(", "));
        check.journal().add(Particles.subject(client.name()) + " 받은 ping 사이의 간격: " + shown + " ms", "the gaps between " + client.name() + "'s pings: " + shown + " ms");
        if (median < interval.lowestMedian() || median > interval.highestMedian()) {
            check.fail(Msg.of(client.name() + "의 ping이 " + interval.millis() + " ms 마다 오지 않았습니다: 간격의 중앙값이 " + median + " ms 입니다.",
                            client.name() + "'s pings did not come every " + interval.millis() + " ms: the median gap was " + median + " ms."),
                    Msg.of("간격의 중앙값이 " + interval.lowestMedian() + " ms에서 " + interval.highestMedian() + " ms 사이 (하트비트 간격 "
                                    + interval.millis() + " ms에서 어느 쪽으로든 " + Interval.FACTOR + "배 안)",
                            "gaps whose median is between " + interval.lowestMedian() + " and " + interval.highestMedian()
                                    + " ms (the heartbeat interval, " + interval.millis() + " ms, within a factor of " + Interval.FACTOR + " either way)"),
                    Msg.of("간격 " + shown + " ms (중앙값 " + median + " ms)", "gaps of " + shown + " ms (median " + median + " ms)"),
                    median > interval.highestMedian() ? tooSeldomHint() : Msg.of(
                            "ping이 너무 자주 옵니다. 타이머가 하나뿐인가요? onOpen에서 타이머를 또 시작하지 않나요? 시간의 단위 (TimeUnit)는 맞나요?",
                            "Pings come too often. Is there only one timer, or does onOpen start another? Is the unit (TimeUnit) right?"));
        }
    }

    /**
     * For {@code intervals} intervals, none of {@code clients} is closed, each keeps receiving pings, and none of
     * {@code listening} hears anything (no leave).
     */
    public void expectStayOpen(double intervals, Msg hint, List<Probe> listening, RawWebSocket... clients) {
        Duration window = interval.times(intervals);
        List<String> names = new ArrayList<>();
        for (RawWebSocket client : clients) {
            names.add(client.name());
        }
        listening.forEach(p -> names.add(p.name()));
        check.journal().add(window.toMillis() + " ms (" + intervals + " 간격) 동안 " + String.join(", ", names)
                        + "의 연결이 열려 있고 퇴장 알림이 없는지 지켜봄",
                "watched " + String.join(", ", names) + " for " + window.toMillis() + " ms (" + intervals
                        + " intervals): every connection stays open, and no leave is announced");
        long deadline = System.nanoTime() + window.toNanos();
        for (RawWebSocket client : clients) {
            Event end = await(client, 0, Event::endsIt, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (end != null) {
                check.fail(Msg.of("서버가 ping에 답하는 " + client.name() + "의 연결을 끊었습니다.",
                                "The server cut off " + client.name() + ", a client that answers its pings."),
                        Msg.of(window.toMillis() + " ms 동안 연결이 열려 있음", "the connection stays open for " + window.toMillis() + " ms"),
                        raw.describe(client), hint);
            }
        }
        long pings = clients.length == 0 ? 0 : clients[0].events().stream().filter(e -> e.kind() == Event.Kind.PING).count();
        if (clients.length > 0 && pings < Math.floor(intervals) - 2) {
            check.fail(Msg.of(Particles.subject(clients[0].name()) + " " + window.toMillis() + " ms 동안 ping을 " + pings + "개만 받았습니다: 하트비트가 멈췄습니다.",
                            clients[0].name() + " received only " + pings + " pings in " + window.toMillis() + " ms: the heartbeat stopped."),
                    Msg.of("적어도 " + (long) (Math.floor(intervals) - 2) + "개의 ping", "at least " + (long) (Math.floor(intervals) - 2) + " pings"),
                    raw.describe(clients[0]), noPingHint());
        }
        check.expectNothingPending(hint, listening.toArray(Probe[]::new));
    }

    /**
     * {@code sleeper}, frozen at its event number {@code frozenAt}, gets a ping it leaves unanswered, and its connection
     * ends no later than {@link Interval#closeBound()} after that ping. Returns the unanswered ping.
     */
    public Event expectCutOff(RawWebSocket sleeper, int frozenAt, Msg hint) {
        Event unanswered = nextPing(sleeper, frozenAt);
        long pingMillis = Duration.ofNanos(unanswered.at() - sleeper.openedAt()).toMillis();
        Duration bound = interval.closeBound();
        check.journal().add(Particles.subject(sleeper.name()) + " " + pingMillis + " ms에 받은 ping에 답하지 않음. 그 뒤 " + bound.toMillis()
                        + " ms 안에 서버가 연결을 끊는지 지켜봄",
                sleeper.name() + " left the ping it received at " + pingMillis + " ms unanswered; watched up to " + bound.toMillis()
                        + " ms after it for the server to cut the connection");
        long deadline = unanswered.at() + bound.toNanos();
        Event end = await(sleeper, 0, Event::endsIt, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        if (end == null) {
            long morePings = sleeper.events().stream().filter(e -> e.kind() == Event.Kind.PING && e.at() > unanswered.at()).count();
            check.fail(Msg.of("답하지 않는 " + sleeper.name() + "의 연결이 답하지 않은 ping 뒤 " + bound.toMillis() + " ms가 지나도 열려 있습니다"
                                    + (morePings > 0 ? " (그사이 ping을 " + morePings + "개 더 받았습니다)." : "."),
                            sleeper.name() + " stopped answering, yet its connection was still open " + bound.toMillis()
                                    + " ms after the ping it left unanswered" + (morePings > 0 ? " (it got " + morePings + " more pings meanwhile)." : ".")),
                    Msg.of("답하지 않은 ping 뒤 두 간격 (2 × " + interval.millis() + " ms, 여유 " + Interval.TOLERANCE.toMillis() + " ms) 안에 서버가 연결을 끊음",
                            "the server cuts the connection within two intervals (2 × " + interval.millis() + " ms, and "
                                    + Interval.TOLERANCE.toMillis() + " ms to spare) of the unanswered ping"),
                    raw.describe(sleeper), hint);
        }
        long after = Duration.ofNanos(end.at() - unanswered.at()).toMillis();
        check.journal().add(sleeper.name() + "의 연결이 답하지 않은 ping 뒤 " + after + " ms에 끊김",
                sleeper.name() + "'s connection was cut " + after + " ms after the unanswered ping");
        return unanswered;
    }

    /** Waits, watching {@code client} for an early end, until {@code delay} after {@code since}; false when it ended. */
    public boolean holdUntil(RawWebSocket client, Event since, Duration delay) {
        long deadline = since.at() + delay.toNanos();
        return await(client, 0, Event::endsIt, Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))) == null;
    }

    private Event await(RawWebSocket client, int from, java.util.function.Predicate<Event> wanted, Duration within) {
        try {
            return client.await(from, wanted, System.nanoTime() + within.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while watching " + client.name(), e);
        }
    }

    /** In this JVM: whether a timer of the lesson runs at all, and whether the library's own timer is on instead. */
    private Msg noPingHint() {
        if (check.gradesRunningServer()) {
            return Msg.of("서버가 간격마다 모든 클라이언트에게 ping을 보내나요 (ws.ping())? --period가 서버의 간격과 같나요?",
                    "Does your server ping every client each interval (ws.ping())? Is --period your server's interval?");
        }
        InProcessServer server = check.inProcess().orElseThrow();
        if (server.server().getConnectionLostTimeout() > 0) {
            return libraryTimerHint(server.server().getConnectionLostTimeout());
        }
        if (LessonThreads.of(server).isEmpty()) {
            return Msg.of("서버의 하트비트 타이머 스레드가 없습니다. start()가 super.start() 전에 startHeartbeat()를 부르고, 거기서 heartbeat.scheduleAtFixedRate(this::beat, ...)를 부르나요?",
                    "No heartbeat timer thread of your server is running. Does start() call startHeartbeat() before super.start(), and does that call heartbeat.scheduleAtFixedRate(this::beat, ...)?");
        }
        return Msg.of("하트비트 타이머는 도는데 ping이 오지 않습니다. beat가 열린 연결마다 conn.sendPing()을 부르나요? 예약된 작업이 예외를 한 번 던지면 타이머는 조용히 영영 멈춥니다 (레슨 06).",
                "The heartbeat timer runs, but no ping comes. Does beat call conn.sendPing() for every open connection? A scheduled task that throws once is stopped for good, silently (lesson 06).");
    }

    private Msg tooSeldomHint() {
        if (!check.gradesRunningServer() && check.inProcess().orElseThrow().server().getConnectionLostTimeout() > 0) {
            return libraryTimerHint(check.inProcess().orElseThrow().server().getConnectionLostTimeout());
        }
        return Msg.of("ping이 너무 드물게 옵니다. scheduleAtFixedRate에 생성자가 받은 interval을 그 단위 그대로 주나요 (interval.toMillis()와 TimeUnit.MILLISECONDS)?",
                "Pings come too seldom. Do you give scheduleAtFixedRate the interval the constructor received, in its unit (interval.toMillis() with TimeUnit.MILLISECONDS)?");
    }

    public static Msg libraryTimerHint(int seconds) {
        return Msg.of("Java-WebSocket 자신의 타이머가 켜져 있습니다 (setConnectionLostTimeout(" + seconds + ")): 그 타이머는 초 단위로만 돌고 1.5 간격을 기다립니다. "
                        + "이 레슨에서는 setConnectionLostTimeout(0)으로 끄고, 생성자가 받은 간격으로 직접 만든 하트비트를 쓰세요.",
                "Java-WebSocket's own timer is on (setConnectionLostTimeout(" + seconds + ")): it runs in whole seconds only and waits one and a half intervals. "
                        + "In this lesson it stays off, setConnectionLostTimeout(0), and your own heartbeat runs at the interval the constructor received.");
    }
}
