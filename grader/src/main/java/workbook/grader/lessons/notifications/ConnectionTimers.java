package workbook.grader.lessons.notifications;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import workbook.grader.core.Check;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.common.LessonThreads;

/**
 * Lesson 06's optional task: the class {@code PerConnectionNotificationServer} beside the lesson's main class, and
 * what it leaves behind. Any timer mechanism counts. The grader sees timers that outlive their connection in two ways:
 * the timers still scheduled in the stub's executor ({@code scheduledTimers()}: the size of the executor's queue, which
 * a cancelled timer leaves at once) and the threads of the server that are not Java-WebSocket's own (a
 * {@code java.util.Timer} or an executor per connection shows there).
 */
final class ConnectionTimers {

    static final String CLASS_NAME = "PerConnectionNotificationServer";
    /**
     * How long a cancelled timer has to go: a java.util.Timer's thread ends a moment after cancel(), and on a machine
     * busy with a build beside, one outlived 1 s once after 200 clients had come and gone.
     */
    private static final Duration SETTLE = Duration.ofSeconds(2);
    /**
     * A count must hold this long to be believed: a timer that is running at that instant is out of the executor's
     * queue, so one reading of a leaking server can look one short.
     */
    private static final Duration STEADY = Duration.ofMillis(60);

    static final Msg START_HINT = Msg.of("onOpen 에서 이 연결의 타이머를 (timers.scheduleAtFixedRate(...) 로, 또는 직접 만든 타이머로) 처음 지연도 period 로 시작하고, conn.setAttachment(...) 로 연결에 붙여 두나요?",
            "Does onOpen start this connection's timer (with timers.scheduleAtFixedRate(...), or a timer of your own), its first delay the period too, and keep it on the connection with conn.setAttachment(...)?");
    static final Msg CANCEL_HINT = Msg.of("onClose 에서 그 연결의 타이머를 멈추나요? ((ScheduledFuture<?>) conn.getAttachment()).cancel(false), java.util.Timer 라면 timer.cancel(): 튜토리얼의 clearInterval(ws.interval) 입니다.",
            "Does onClose stop the connection's timer? ((ScheduledFuture<?>) conn.getAttachment()).cancel(false), or timer.cancel() for a java.util.Timer: the tutorial's clearInterval(ws.interval).");

    private final Check check;

    private ConnectionTimers(Check check) {
        this.check = check;
    }

    /** Builds the optional class, from the package of the class under test, with {@code period}. */
    static ConnectionTimers start(Check check, Duration period) {
        check.startWith(ServerRecipe.constructor(CLASS_NAME, new Class<?>[] {int.class, Duration.class}, 0, period));
        check.journal().add("선택 과제의 서버를 주기 " + period.toMillis() + " ms 로 만듦: new " + CLASS_NAME + "(0, Duration.ofMillis("
                        + period.toMillis() + "))",
                "built the optional task's server with a period of " + period.toMillis() + " ms: new " + CLASS_NAME
                        + "(0, Duration.ofMillis(" + period.toMillis() + "))");
        return new ConnectionTimers(check);
    }

    /**
     * Within a second, the timers the class counts in {@code scheduledTimers()} are no more than the clients still
     * connected, and stay so for a moment. A class that runs its timers another way (a {@code java.util.Timer}) may
     * count none: the grader judges what happens, so this only catches timers that outlive their connection.
     */
    void expectAtMost(int open, Msg when) {
        Method count = scheduledTimersMethod();
        if (count == null) {
            check.journal().add(Msg.of(when.ko() + " 예약된 타이머를 세지 못함 (scheduledTimers() 없음)",
                    capitalized(when.en()) + ", the timers could not be counted (no scheduledTimers())"));
            return;
        }
        int[] seen = {-1};
        try {
            Awaitility.await().during(STEADY).atMost(SETTLE).pollInterval(Duration.ofMillis(10))
                    .until(() -> (seen[0] = scheduledTimers(count)) <= open);
        } catch (ConditionTimeoutException e) {
            check.failIfNotImplemented();
            check.fail(Msg.of(when.ko() + " 예약된 타이머가 " + seen[0] + "개입니다 (연결된 클라이언트는 " + open + "개).",
                            capitalized(when.en()) + ", " + seen[0] + " timer" + (seen[0] == 1 ? " is" : "s are") + " scheduled (expected at most "
                                    + open + ", one per client still connected)."),
                    Msg.of("scheduledTimers() 가 " + SETTLE.toMillis() + " ms 안에 " + open + " 이하", "scheduledTimers() is at most " + open
                            + " within " + SETTLE.toMillis() + " ms"),
                    Msg.same(String.valueOf(seen[0])), CANCEL_HINT);
        }
        check.journal().add(Msg.of(when.ko() + " 예약된 타이머: ", capitalized(when.en()) + ", timers scheduled: ")
                .plus(Msg.same(String.valueOf(seen[0]))));
    }

    /** The server's own threads (not Java-WebSocket's) settle back to no more than {@code before} within {@link #SETTLE}. */
    void expectThreadsAtMost(List<String> before, Msg when) {
        AtomicReference<List<String>> seen = new AtomicReference<>(List.of());
        try {
            Awaitility.await().during(STEADY).atMost(SETTLE).pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        seen.set(threads());
                        return seen.get().size() <= before.size();
                    });
        } catch (ConditionTimeoutException e) {
            List<String> now = seen.get();
            String names = String.join(", ", now.size() <= 5 ? now : now.subList(0, 5)) + (now.size() > 5 ? ", …" : "");
            check.fail(Msg.of(when.ko() + " 서버의 스레드가 " + before.size() + "개에서 " + now.size() + "개로 늘었습니다: 연결마다 만든 타이머가 남았습니다.",
                            capitalized(when.en()) + ", the server's threads grew from " + before.size() + " to " + now.size()
                                    + ": timers made per connection were left running."),
                    Msg.of("이전보다 많지 않은 스레드 (" + before.size() + "개: " + before + ")",
                            "no more threads than before (" + before.size() + ": " + before + ")"),
                    Msg.of(now.size() + "개: " + names, now.size() + ": " + names),
                    Msg.of("연결마다 Timer 나 실행기를 새로 만들었다면 onClose 에서 꼭 멈추세요. 더 좋은 방법: 주어진 timers 하나에 연결마다 scheduleAtFixedRate 를 걸고, 닫힐 때 cancel 하세요.",
                            "If you make a Timer or an executor per connection, stop it in onClose. Better: schedule every connection's timer on the one timers executor you were given, and cancel it on close."));
        }
        check.journal().add(Msg.of(when.ko() + " 서버의 스레드: ", capitalized(when.en()) + ", the server's threads: ")
                .plus(Msg.same(seen.get().toString())));
    }

    List<String> threads() {
        return LessonThreads.of(check.inProcess().orElseThrow());
    }

    private int scheduledTimers(Method count) throws ReflectiveOperationException {
        return ((Number) count.invoke(check.inProcess().orElseThrow().server())).intValue();
    }

    /** The class's {@code public int scheduledTimers()}, or null when it has none. */
    private Method scheduledTimersMethod() {
        InProcessServer server = check.inProcess().orElseThrow();
        try {
            Method count = server.server().getClass().getMethod("scheduledTimers");
            return count.getReturnType() == int.class ? count : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
