package workbook.grader.lessons.notifications;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import workbook.grader.core.Check;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.grader.lessons.common.LessonThreads;

/**
 * The period a lesson 06 check grades against, and the waits and the tolerance that follow from it.
 *
 * <p>In this JVM the grader builds the server with a period of {@link #IN_PROCESS_PERIOD}; a running server is graded
 * at the period given with {@code --period}. A client connected for two periods must have a notification; the grader
 * waits two periods and {@link #SLACK} for each one. The spacing is judged on the median of several intervals, which
 * a stall on a loaded machine cannot move: a timer at a fixed rate catches up after one, and in grade-class a stall
 * of half a second gave three short intervals in a row and one long one, so at a short period the median is taken
 * of nine intervals, after two that are not counted while the server's JVM warms up. The median must be within a
 * factor of {@link #FACTOR} of the period, so a server at twice or half the period fails by a wide margin either way.
 */
final class Schedule {

    static final String NOTIFICATION = "This is a real-time notification";
    static final String PARAMETER = "workbook.period";
    static final Duration IN_PROCESS_PERIOD = Duration.ofMillis(200);
    /** The longest period a running server may be graded at, so that its checks end within NotificationChecks' 60 s. */
    static final Duration MAX_URL_PERIOD = Duration.ofSeconds(6);
    static final Duration MIN_URL_PERIOD = Duration.ofMillis(50);
    /**
     * Added to every wait for a notification: in grade-class, with two submissions graded at once on 2 cores, a
     * correct server's first notifications came up to 1.2 s after connecting while its JVM warmed up.
     */
    static final Duration SLACK = Duration.ofSeconds(1);
    static final double FACTOR = 1.5;

    private final Check check;
    private final Duration period;
    /** When each client of {@link #connect} was connected ({@link System#nanoTime()}). */
    private final java.util.Map<Probe, Long> connectedAt = new java.util.concurrent.ConcurrentHashMap<>();
    /** How many frames each client of {@link #connect} had received when it was connected (its first is the next). */
    private final java.util.Map<Probe, Integer> framesAtConnect = new java.util.concurrent.ConcurrentHashMap<>();

    private Schedule(Check check, Duration period) {
        this.check = check;
        this.period = period;
    }

    /** The main class, built with the short in-process period; or the running server's period from --period. */
    static Schedule of(Check check) {
        if (!check.gradesRunningServer()) {
            check.startWith(ServerRecipe.constructor(null, new Class<?>[] {int.class, Duration.class}, 0, IN_PROCESS_PERIOD));
            check.journal().add("서버를 주기 " + IN_PROCESS_PERIOD.toMillis() + " ms 로 만듦: new NotificationServer(0, Duration.ofMillis("
                            + IN_PROCESS_PERIOD.toMillis() + "))",
                    "built the server with a period of " + IN_PROCESS_PERIOD.toMillis() + " ms: new NotificationServer(0, Duration.ofMillis("
                            + IN_PROCESS_PERIOD.toMillis() + "))");
            return new Schedule(check, IN_PROCESS_PERIOD);
        }
        Duration period = runningPeriod(check);
        return new Schedule(check, period);
    }

    /** A schedule for a server the check builds itself (the optional task's class). */
    static Schedule ofBuilt(Check check, Duration period) {
        return new Schedule(check, period);
    }

    private static Duration runningPeriod(Check check) {
        Optional<String> text = check.parameter(PARAMETER);
        Msg usage = Msg.of("예: ./workbook check 06 --url ws://localhost:8080 --period 5s",
                "for example: ./workbook check 06 --url ws://localhost:8080 --period 5s");
        Msg hint = Msg.of("튜토리얼의 서버는 5초마다 보냅니다 (setInterval(..., 5000)): --period 5s 를 붙이세요.",
                "The tutorial's server sends every 5 seconds (setInterval(..., 5000)): add --period 5s.");
        Msg wanted = Msg.of("실행 중인 서버의 주기, --period 로 (" + MIN_URL_PERIOD.toMillis() + " ms 에서 "
                        + MAX_URL_PERIOD.toSeconds() + " s 사이)",
                "the running server's period, given with --period (between " + MIN_URL_PERIOD.toMillis() + " ms and "
                        + MAX_URL_PERIOD.toSeconds() + " s)");
        if (text.isEmpty()) {
            check.journal().add("실행 중인 서버의 주기를 찾음 (--period): 없음", "looked for the running server's period (--period): none given");
            check.fail(Msg.of("실행 중인 알림 서버를 채점하려면 그 서버의 주기를 알아야 합니다: --period 를 붙이세요, ",
                    "To grade a notifier that is already running, the grader needs its period: add --period, ").plus(usage),
                    wanted, Msg.of("--period 없음", "no --period"), hint);
        }
        Duration period;
        try {
            period = Duration.parse(text.get());
        } catch (DateTimeParseException e) {
            throw check.failed(Msg.of("--period 를 읽지 못했습니다: " + Quote.text(text.get()), "--period could not be read: "
                    + Quote.text(text.get())), wanted, Msg.same(text.get()), hint);
        }
        if (period.compareTo(MIN_URL_PERIOD) < 0 || period.compareTo(MAX_URL_PERIOD) > 0) {
            check.fail(Msg.of("주기 " + period.toMillis() + " ms 는 채점할 수 없습니다: 너무 짧으면 잴 수 없고, 너무 길면 검사가 끝나지 않습니다. "
                            + "서버를 " + MIN_URL_PERIOD.toMillis() + " ms 에서 " + MAX_URL_PERIOD.toSeconds() + " s 사이의 주기로 실행하세요.",
                            "A period of " + period.toMillis() + " ms cannot be graded: too short to measure, or too long for a check to finish. "
                                    + "Run your server with a period between " + MIN_URL_PERIOD.toMillis() + " ms and "
                                    + MAX_URL_PERIOD.toSeconds() + " s."),
                    wanted, Msg.same(period.toMillis() + " ms"), hint);
        }
        check.journal().add("--period 로 받은, 실행 중인 서버의 주기: " + period.toMillis() + " ms",
                "the running server's period, as given with --period: " + period.toMillis() + " ms");
        return period;
    }

    Duration period() {
        return period;
    }

    /**
     * How long after connecting a client must have its first notification: two periods, and {@link #SLACK} to spare
     * for a busy machine. A correct timer is at most one period late (a timer started at connect, or the next tick of
     * a timer started with the server); the tutorial's 5 s as a fixed initial delay misses it by far.
     */
    Duration firstWithin() {
        return period.multipliedBy(2).plus(SLACK);
    }

    /** Connects {@code count} clients one after the other and notes when each was connected. */
    List<Probe> connect(int count) {
        List<Probe> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Probe client = check.connect();
            connectedAt.put(client, System.nanoTime());
            framesAtConnect.put(client, client.received().size());
            clients.add(client);
        }
        return clients;
    }

    /**
     * Each client of {@link #connect} receives the notification as its next frame no later than {@link #firstWithin()}
     * after it connected.
     */
    Frame expectFirstNotification(Probe client, Msg hint) {
        long first = firstWithin().toMillis();
        Msg wanted = Msg.of(client.name() + " 에게 연결하고 " + first + " ms 안에 텍스트 " + Quote.text(NOTIFICATION) + " 도착",
                client.name() + " receives text " + Quote.text(NOTIFICATION) + " within " + first + " ms of connecting");
        long deadline = connectedAt.get(client) + firstWithin().toNanos();
        check.journal().add(client.name() + " 에게 연결하고 " + first + " ms 안에 첫 프레임이 오는지 지켜봄",
                "watched for " + client.name() + "'s first frame, due within " + first + " ms of connecting");
        int before = framesAtConnect.get(client);
        try {
            Awaitility.await().atMost(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                    .until(() -> client.received().size() > before);
        } catch (ConditionTimeoutException late) {
            // the frame's own arrival time decides below: under load the wait can end before it is looked at
        }
        List<Frame> frames = client.received();
        boolean inTime = frames.size() > before && frames.get(before).receivedAt() <= deadline;
        if (!inTime) {
            check.failIfNotImplemented();
            throw check.failedWaiting(Msg.of(client.name() + " 에게 연결하고 " + first + " ms 안에 알림이 오지 않았습니다: 두 주기 (2 × " + period.toMillis()
                                    + " ms) 보다 오래 연결된 클라이언트는 알림을 하나는 받아야 합니다 (채점기는 바쁜 컴퓨터를 위해 "
                                    + SLACK.toMillis() + " ms 를 더 기다립니다).",
                            client.name() + " received no notification within " + first + " ms of connecting: a client connected for longer than two periods (2 × "
                                    + period.toMillis() + " ms) must have one (the grader waits " + SLACK.toMillis() + " ms more, for a busy machine)."),
                    wanted, lateArrival(client, before), firstHint(hint));
        }
        return check.expectTextWithin(client, Check.ANSWER_TIMEOUT, wanted, NOTIFICATION::equals, null, hint);
    }

    /** "nothing arrived", or how long after connecting the first frame came, when it came too late. */
    private Msg lateArrival(Probe client, int before) {
        List<Frame> frames = client.received();
        if (frames.size() <= before) {
            return Msg.of("아무것도 오지 않음", "nothing arrived");
        }
        long ms = Duration.ofNanos(frames.get(before).receivedAt() - connectedAt.get(client)).toMillis();
        return Msg.of("첫 프레임이 연결하고 " + ms + " ms 뒤에 옴", "the first frame came " + ms + " ms after connecting");
    }

    /** Where to look when the first notification is late: an initial delay, unless no timer runs at all. */
    private Msg firstHint(Msg hint) {
        if (check.gradesRunningServer() || !LessonThreads.of(check.inProcess().orElseThrow()).isEmpty()) {
            return Msg.of("첫 알림이 늦습니다. scheduleAtFixedRate(작업, 처음 지연, 주기, 단위) 의 처음 지연이 period 보다 길지 않나요? 처음 지연도 period 로 주세요. ",
                    "The first notification is late. Is the initial delay of scheduleAtFixedRate(task, initialDelay, period, unit) longer than the period? Give period as the initial delay too. ")
                    .plus(hint);
        }
        return hint;
    }

    /** How long a client may wait for a notification: two periods and the slack. */
    Duration within() {
        return period.multipliedBy(2).plus(SLACK);
    }

    /**
     * Intervals a spacing check watches before it starts counting: two at a short period, when a correct server's
     * first notifications came in bursts while its JVM warmed up (grade-class, two submissions at once on 2 cores).
     */
    int warmUp() {
        return longPeriod() ? 0 : 2;
    }

    /** How many intervals a spacing check counts: nine, or two when each takes a second or more. */
    int intervals() {
        return longPeriod() ? 2 : 9;
    }

    /** A period of a second or more, where each interval watched costs that much of the check's time. */
    private boolean longPeriod() {
        return period.compareTo(Duration.ofSeconds(1)) >= 0;
    }

    /** Each client's next frame is the notification, within two periods and the slack. */
    void expectNotification(Msg hint, Probe... clients) {
        for (Probe client : clients) {
            next(client, hint, Msg.of(client.name() + " 이(가) " + within().toMillis() + " ms 동안 알림을 받지 못했습니다: 두 주기 ("
                            + "2 × " + period.toMillis() + " ms, 여유 " + SLACK.toMillis() + " ms) 동안 연결된 클라이언트는 알림을 받아야 합니다.",
                    client.name() + " received no notification within " + within().toMillis() + " ms: a client connected for two periods (2 × "
                            + period.toMillis() + " ms, and " + SLACK.toMillis() + " ms to spare) must have one."));
        }
    }

    private Frame next(Probe client, Msg hint, Msg silence) {
        return check.expectTextWithin(client, within(), Msg.of(client.name() + " 이(가) " + within().toMillis() + " ms 안에 텍스트 "
                        + Quote.text(NOTIFICATION) + " 을(를) 받음",
                client.name() + " receives text " + Quote.text(NOTIFICATION) + " within " + within().toMillis() + " ms"),
                NOTIFICATION::equals, silence, hint);
    }

    /**
     * {@code client} receives {@link #intervals()} + 1 notifications ({@code between} runs after each but the last), and
     * the median interval between them is within a factor of {@link #FACTOR} of the period.
     */
    void expectSpacing(Probe client, Msg hint, Runnable between) {
        List<Long> arrivals = new ArrayList<>();
        arrivals.add((connectedAt.containsKey(client) ? expectFirstNotification(client, hint)
                : next(client, hint, Msg.of(client.name() + " 이(가) " + within().toMillis() + " ms 동안 첫 알림을 받지 못했습니다.",
                        client.name() + " received no first notification within " + within().toMillis() + " ms."))).receivedAt());
        for (int i = 1; i <= warmUp() + intervals(); i++) {
            between.run();
            int received = i;
            arrivals.add(next(client, hint, Msg.of(client.name() + " 이(가) 알림 " + received + "개를 받은 뒤 " + within().toMillis()
                            + " ms 동안 더 받지 못했습니다: 알림은 " + period.toMillis() + " ms 마다 계속 와야 합니다.",
                    client.name() + " received " + received + " notification" + (received == 1 ? "" : "s") + ", then nothing for "
                            + within().toMillis() + " ms: they must keep coming every " + period.toMillis() + " ms.")).receivedAt());
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) {
            gaps.add(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1)).toMillis());
        }
        String times = arrivals.stream().map(t -> String.valueOf(Duration.ofNanos(t - arrivals.get(0)).toMillis()))
                .collect(Collectors.joining(", "));
        check.journal().add(client.name() + " 이(가) 알림을 받은 때: " + times + " ms (첫 알림부터)",
                client.name() + " received notifications at " + times + " ms (counted from the first)");
        if (warmUp() > 0) {
            check.journal().add("처음 간격 " + warmUp() + "개는 서버의 JVM이 데워지는 동안이라 세지 않음",
                    "the first " + warmUp() + " intervals, while the server's JVM warms up, do not count");
            gaps = gaps.subList(warmUp(), gaps.size());
        }
        long median = median(gaps);
        long low = Math.round(period.toMillis() / FACTOR);
        long high = Math.round(period.toMillis() * FACTOR);
        if (median < low || median > high) {
            String shown = gaps.stream().map(String::valueOf).collect(Collectors.joining(", "));
            check.fail(Msg.of(client.name() + " 의 알림이 " + period.toMillis() + " ms 마다 오지 않았습니다: 간격의 중앙값이 " + median + " ms 입니다.",
                            client.name() + "'s notifications did not come every " + period.toMillis() + " ms: the median interval was "
                                    + median + " ms."),
                    Msg.of("간격의 중앙값이 " + low + " ms 에서 " + high + " ms 사이 (주기 " + period.toMillis() + " ms 에서 어느 쪽으로든 "
                                    + FACTOR + "배 안)",
                            "intervals whose median is between " + low + " and " + high + " ms (the period, " + period.toMillis()
                                    + " ms, within a factor of " + FACTOR + " either way)"),
                    Msg.of("간격 " + shown + " ms (중앙값 " + median + " ms)", "intervals of " + shown + " ms (median " + median + " ms)"),
                    median < low ? tooOften() : tooSeldom());
        }
    }

    private Msg tooOften() {
        if (check.gradesRunningServer()) {
            return Msg.of("알림이 너무 자주 옵니다. 타이머가 여러 개 아닌가요 (연결마다, 메시지마다)? --period 가 서버의 주기와 같나요?",
                    "Notifications come too often. Is there more than one timer (one per connection, or per message)? Is --period your server's period?");
        }
        return Msg.of("알림이 너무 자주 옵니다. 타이머가 하나뿐인가요? onOpen 이나 onMessage 에서 타이머를 또 시작하지 않나요? 주기의 단위 (TimeUnit) 는 맞나요?",
                "Notifications come too often. Is there only one timer, or does onOpen or onMessage start another? Is the period's unit (TimeUnit) right?");
    }

    private Msg tooSeldom() {
        if (check.gradesRunningServer()) {
            return Msg.of("알림이 너무 드물게 옵니다. --period 가 서버의 주기와 같나요? setInterval 은 밀리초를 받습니다 (5초는 5000).",
                    "Notifications come too seldom. Is --period your server's period? setInterval takes milliseconds (5000 for 5 s).");
        }
        return Msg.of("알림이 너무 드물게 옵니다. scheduleAtFixedRate 에 생성자가 받은 period 를 그 단위 그대로 주나요 (period.toMillis() 와 TimeUnit.MILLISECONDS)?",
                "Notifications come too seldom. Do you give scheduleAtFixedRate the period the constructor received, in its unit (period.toMillis() with TimeUnit.MILLISECONDS)?");
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * For {@code window}, {@code clients} may receive notifications and nothing else (an answer to their messages,
     * say); the notifications that arrive are set aside.
     */
    void onlyNotifications(Duration window, Msg hint, Probe... clients) {
        List<String> names = java.util.Arrays.stream(clients).map(Probe::name).toList();
        check.journal().add(window.toMillis() + " ms 동안 " + String.join(", ", names) + " 에게 알림 말고는 아무것도 오지 않는지 지켜봄",
                "watched " + String.join(", ", names) + " for " + window.toMillis() + " ms to make sure only notifications arrive");
        Check.Stray stray = check.watch(window, frame -> frame.isText(NOTIFICATION), clients);
        if (stray != null) {
            check.fail(Msg.of(stray.client().name() + " 이(가) 받지 말아야 할 프레임을 받았습니다.",
                            stray.client().name() + " received a frame it should not have."),
                    Msg.of(stray.client().name() + " 에게는 알림 (" + Quote.text(NOTIFICATION) + ") 말고는 아무것도 오지 않음",
                            "nothing but notifications (" + Quote.text(NOTIFICATION) + ") reaches " + stray.client().name()),
                    stray.frame().describe(), hint);
        }
    }

    /** In this JVM: the server's callbacks have thrown nothing and reported no error since it started. */
    void expectNoErrors(Msg after, Msg hint) {
        if (check.gradesRunningServer()) {
            return;
        }
        List<Throwable> errors = check.inProcess().orElseThrow().errors();
        check.journal().add(Msg.of("서버가 알린 오류를 확인함: ", "looked at the errors the server reported: ")
                .plus(Msg.same(String.valueOf(errors.size()))));
        if (!errors.isEmpty()) {
            check.fail(Msg.of(after.ko() + " 서버가 오류를 알렸습니다: " + errors.get(0),
                            after.en() + " the server reported an error: " + errors.get(0)),
                    Msg.of("오류 없음", "no error"), Msg.same(errors.size() + " × " + errors.get(0)), hint);
        }
    }

    /** Where to look when no notification arrives: in this JVM, whether a timer thread of the server runs at all. */
    Msg notificationHint() {
        if (check.gradesRunningServer()) {
            return Msg.of("서버가 주기마다 열려 있는 모든 클라이언트에게 \"" + NOTIFICATION + "\" 을(를) 보내나요? --period 가 서버의 주기와 같나요?",
                    "Does your server send \"" + NOTIFICATION + "\" to every open client each period? Is --period your server's period?");
        }
        List<String> own = LessonThreads.of(check.inProcess().orElseThrow());
        if (own.isEmpty()) {
            return Msg.of("서버의 타이머 스레드가 하나도 없습니다. start() 가 super.start() 전에 startNotifications() 로 timer.scheduleAtFixedRate(...) 를 부르나요?",
                    "No timer thread of your server is running. Does start() call startNotifications(), and does that call timer.scheduleAtFixedRate(...), before super.start()?");
        }
        return Msg.of("서버의 스레드 " + own + " 는 돌고 있는데 알림이 오지 않습니다. sendNotification 이 아직 예외를 던지지 않나요? 예약된 작업이 예외를 던지면 ScheduledExecutorService 는 그 작업을 조용히 영영 멈춥니다.",
                "A thread of your server is running (" + String.join(", ", own) + ") but no notification came. Does sendNotification still throw? "
                        + "A scheduled task that throws is stopped for good, silently, by its ScheduledExecutorService.");
    }
}
