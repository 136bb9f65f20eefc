package workbook.grader.lessons.heartbeat;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import workbook.grader.core.Check;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;

/**
 * The heartbeat interval a lesson 08 check grades against, and every wait and tolerance that follows from it.
 *
 * <p>In this JVM the grader builds the server with {@link #IN_PROCESS} (300 ms: a busy machine can hold a thread
 * back for a tenth of a second, and a pong must be handled within one interval), or with {@link #SHARED_MACHINE} when
 * other graders run beside it; a running server is graded at the interval given with {@code --period}. The
 * tolerances, in intervals:
 * <ul>
 *   <li>the first ping comes within two intervals and {@link #SLACK} of connecting;</li>
 *   <li>the median gap between pings is within a factor of {@link #FACTOR} of the interval;</li>
 *   <li>a client that stops answering is closed no later than two intervals and {@link #TOLERANCE} after the ping it
 *       left unanswered (CONTRACT.md's bound, and a little for a busy machine; the reference closes after one);</li>
 *   <li>a client that answers a ping {@link #LATE_ANSWER_SHARE} of an interval late is "back to life before the bound".</li>
 * </ul>
 */
public final class Interval {

    static final String PARAMETER = "workbook.period";
    public static final Duration IN_PROCESS = Duration.ofMillis(300);
    /**
     * grade-class's workers share the machine, and lesson 07's crowd checks take CPU from everything on purpose. Beside
     * them the grader's own client once read nothing for 340 ms, so a ping went unanswered past the next beat and a
     * correct server cut the client off: 2 of 35 correct lesson 08 submissions graded beside lesson 07 lost a point.
     */
    public static final Duration SHARED_MACHINE = Duration.ofSeconds(1);
    static final Duration MIN_URL = Duration.ofMillis(100);
    static final Duration MAX_URL = Duration.ofSeconds(2);
    static final Duration SLACK = Duration.ofMillis(300);
    static final Duration TOLERANCE = Duration.ofMillis(100);
    static final double FACTOR = 1.5;
    public static final double LATE_ANSWER_SHARE = 0.4;

    private final Duration interval;

    private Interval(Duration interval) {
        this.interval = interval;
    }

    /** Builds the in-process server with {@link #IN_PROCESS} or {@link #SHARED_MACHINE}; a running server's comes from --period. */
    public static Interval of(Check check) {
        if (!check.gradesRunningServer()) {
            Duration interval = check.sharesTheMachine() ? SHARED_MACHINE : IN_PROCESS;
            check.startWith(ServerRecipe.constructor(null, new Class<?>[] {int.class, Duration.class}, 0, interval));
            check.journal().add("서버를 하트비트 간격 " + interval.toMillis() + " ms로 만듦: new HeartbeatServer(0, Duration.ofMillis("
                            + interval.toMillis() + "))",
                    "built the server with a heartbeat interval of " + interval.toMillis()
                            + " ms: new HeartbeatServer(0, Duration.ofMillis(" + interval.toMillis() + "))");
            return new Interval(interval);
        }
        return new Interval(running(check));
    }

    private static Duration running(Check check) {
        Optional<String> text = check.parameter(PARAMETER);
        Msg wanted = Msg.of("실행 중인 서버의 하트비트 간격, --period로 (" + MIN_URL.toMillis() + " ms에서 " + MAX_URL.toSeconds() + " s 사이)",
                "the running server's heartbeat interval, given with --period (between " + MIN_URL.toMillis() + " ms and "
                        + MAX_URL.toSeconds() + " s)");
        Msg hint = Msg.of("채점할 때는 서버의 간격을 짧게 (예: 1초, setInterval(..., 1000)) 해서 실행하고 같은 값을 --period로 주세요: "
                        + "./workbook check 08 --url ws://localhost:8080 --period 1s",
                "For grading, run your server with a short interval (such as 1 s, setInterval(..., 1000)) and give the same with --period: "
                        + "./workbook check 08 --url ws://localhost:8080 --period 1s");
        if (text.isEmpty()) {
            check.journal().add("실행 중인 서버의 하트비트 간격을 찾음 (--period): 없음", "looked for the running server's interval (--period): none given");
            check.fail(Msg.of("실행 중인 하트비트 서버를 채점하려면 그 간격을 알아야 합니다: --period를 붙이세요.",
                    "To grade a heartbeat server that is already running, the grader needs its interval: add --period."),
                    wanted, Msg.of("--period 없음", "no --period"), hint);
        }
        Duration interval;
        try {
            interval = Duration.parse(text.get());
        } catch (DateTimeParseException e) {
            throw check.failed(Msg.of("--period를 읽지 못했습니다: " + Quote.text(text.get()), "--period could not be read: " + Quote.text(text.get())),
                    wanted, Msg.same(text.get()), hint);
        }
        if (interval.compareTo(MIN_URL) < 0 || interval.compareTo(MAX_URL) > 0) {
            check.fail(Msg.of("간격 " + interval.toMillis() + " ms 로는 채점할 수 없습니다: 검사마다 여러 간격을 지켜보므로, "
                            + MIN_URL.toMillis() + " ms에서 " + MAX_URL.toSeconds() + " s 사이여야 합니다.",
                            "An interval of " + interval.toMillis() + " ms cannot be graded: each check watches several intervals, so it must be between "
                                    + MIN_URL.toMillis() + " ms and " + MAX_URL.toSeconds() + " s."),
                    wanted, Msg.same(interval.toMillis() + " ms"), hint);
        }
        check.journal().add("--period로 받은, 실행 중인 서버의 하트비트 간격: " + interval.toMillis() + " ms",
                "the running server's heartbeat interval, as given with --period: " + interval.toMillis() + " ms");
        return interval;
    }

    public Duration length() {
        return interval;
    }

    public long millis() {
        return interval.toMillis();
    }

    /** {@code n} intervals. */
    public Duration times(double n) {
        return Duration.ofNanos(Math.round(interval.toNanos() * n));
    }

    /** How long a newly connected client may wait for its first ping, or a pinged one for the next. */
    Duration firstPingWithin() {
        return interval.multipliedBy(2).plus(SLACK);
    }

    /** How long after the ping it left unanswered a silent client may still be open. */
    Duration closeBound() {
        return interval.multipliedBy(2).plus(TOLERANCE);
    }

    long lowestMedian() {
        return Math.round(millis() / FACTOR);
    }

    long highestMedian() {
        return Math.round(millis() * FACTOR);
    }
}
