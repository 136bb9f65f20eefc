package workbook.grader.lessons.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import workbook.grader.core.Check;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.InProcessServer.StopOutcome;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;

/**
 * The rules of CONTRACT.md that hold for every lesson's server, whether it answers text or speaks on its own: a
 * client that vanishes, a binary frame, and stop(). Each lesson's checks call them with its {@link Service} and under
 * its own names ({@link CommonRules} for the lessons that answer text with text).
 */
public final class EveryLesson {

    /** How long stop() may take, and then how long each client may wait for its close. */
    private static final Duration STOP_BOUND = Duration.ofSeconds(2);

    private EveryLesson() {
    }

    /** A client that vanishes without a close frame does not stop the server serving the others and a newcomer. */
    public static void vanishedClient(Check check, Service service) throws Exception {
        List<Probe> clients = new ArrayList<>(service.join(check, 3));
        Probe gone = clients.remove(2);
        LeavingClients.vanish(check, gone);
        service.expectServed(check, clients.get(0), clients, "still here?");
        clients.add(service.join(check));
        service.expectServed(check, clients.get(2), clients, "a newcomer after the crash");
        service.quietAfterwards(check, clients);
    }

    /** A binary frame from a client does not stop the server. */
    public static void binaryFromClient(Check check, Service service) {
        List<Probe> clients = service.join(check, 2);
        clients.get(1).sendBinary(new byte[] {1, 2, 3, 4});
        clients.get(0).sendBinary(new byte[] {(byte) 0xff, 0});
        Map<Probe, Integer> sentBytes = new LinkedHashMap<>();
        sentBytes.put(clients.get(1), 4);
        sentBytes.put(clients.get(0), 2);
        service.afterBinary(check, sentBytes);
        service.expectServed(check, clients.get(0), clients, "text after binary");
        service.quietAfterwards(check, clients);
    }

    /** stop() closes every connection, releases the port and leaves no thread (in-process servers only). */
    public static void stopReleasesEverything(Check check, Service service) throws Exception {
        onlyStoppable(check);
        List<Probe> clients = service.join(check, 2);
        service.expectServed(check, clients.get(0), clients, "last words");
        stopAndInspect(check, clients, service.stopHint(), service::mayPrecedeTheClose);
    }

    /** A check of stop() needs a server the grader started itself; on any other it is skipped, before it begins. */
    public static void onlyStoppable(Check check) {
        check.onlyInProcess(Msg.of("stop() 은 채점기가 직접 시작한 서버에서만 검사할 수 있습니다", "stop() can only be checked on a server the grader starts itself"));
    }

    /**
     * Calls the in-process server's {@code stop()}: every client's connection must close, and stop() must return in
     * time, release the port and leave no thread of the lesson; {@code hint} says where to look if it does not.
     * Frames that {@code passing} accepts may still arrive before the close (lesson 06's notifications).
     */
    public static void stopAndInspect(Check check, List<Probe> clients, Msg hint, Predicate<Frame> passing)
            throws InterruptedException {
        InProcessServer server = check.inProcess().orElseThrow();
        check.journal().add("서버의 stop() 을 부름", "called the server's stop()");
        StopOutcome outcome = server.stopAndInspect(STOP_BOUND);
        long waited = outcome.waited().toMillis();
        check.journal().add(outcome.returnedInTime()
                ? Msg.of("stop() 이 " + waited + " ms 만에 끝남", "stop() returned after " + waited + " ms")
                : Msg.of("stop() 이 " + waited + " ms 가 지나도 끝나지 않음", "stop() had not returned after " + waited + " ms"));
        if (outcome.thrown() != null) {
            boolean stub = outcome.thrown() instanceof UnsupportedOperationException;
            check.fail(Msg.of((stub ? "아직 구현하지 않았습니다: " : "") + "stop() 이 예외를 던졌습니다: " + outcome.thrown(),
                            (stub ? "Not implemented yet: " : "") + "stop() threw " + outcome.thrown()),
                    Msg.of("stop() 이 모든 연결을 닫고 끝남", "stop() closes every connection and returns"),
                    Msg.same(String.valueOf(outcome.thrown())),
                    stub ? Msg.of("stop 의 TODO 주석 아래 throw 줄을 지우고 그 자리에 코드를 쓰세요.",
                            "Delete the throw line under the TODO comment in stop and write your code there.") : hint);
        }
        if (!outcome.returnedInTime()) {
            // a stop() still under way may close the connections any time: what it left so far is the answer
            failLeftBehind(check, outcome, Msg.of(
                    "stop() 이 " + STOP_BOUND.toSeconds() + "초 안에 끝나지 않았습니다. 한도 없이 기다리는 곳(join(), await(), 끝없는 반복)이 있나요?",
                    "stop() did not return within " + STOP_BOUND.toSeconds() + " s. Does it wait without a bound (join(), await(), an endless loop)?")
                    .plus(Msg.same(" ")).plus(hint));
        }
        for (Probe client : clients) {
            long deadline = System.nanoTime() + STOP_BOUND.toNanos();
            Frame end = check.next(client, STOP_BOUND);
            while (end != null && passing.test(end)) {
                end = check.next(client, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            }
            if (end == null || end.kind() != Frame.Kind.CLOSE) {
                check.fail(Msg.of("stop() 뒤에도 " + client.name() + " 의 연결이 닫히지 않았습니다.",
                                "After stop(), " + client.name() + "'s connection was not closed."),
                        Msg.of("연결 끊김", "the connection closes"),
                        end == null ? Msg.of(STOP_BOUND.toSeconds() + "초 동안 아무 일도 없음", "nothing for " + STOP_BOUND.toSeconds() + " seconds")
                                : end.describe(),
                        Msg.of("stop() 을 재정의했다면 super.stop(...) 을 부르세요.", "If you override stop(), call super.stop(...)."));
            }
        }
        if (!outcome.clean()) {
            failLeftBehind(check, outcome, hint);
        }
    }

    private static void failLeftBehind(Check check, StopOutcome outcome, Msg hint) {
        check.fail(Msg.of("stop() 뒤에 정리되지 않은 것이 있습니다.", "stop() left something behind."),
                Msg.of("stop() 이 " + STOP_BOUND.toSeconds() + "초 안에 끝나고, 포트가 풀리고, 레슨의 스레드가 하나도 남지 않음",
                        "stop() returns within " + STOP_BOUND.toSeconds() + " s, the port is released and no thread of the lesson is left"),
                Msg.of("stop() 끝남: " + outcome.returnedInTime() + ", 던진 예외: " + outcome.thrown()
                                + ", 포트 풀림: " + outcome.portReleased() + ", 남은 스레드: " + outcome.threadsLeft(),
                        "stop() returned: " + outcome.returnedInTime() + ", threw: " + outcome.thrown()
                                + ", port released: " + outcome.portReleased() + ", threads left: " + outcome.threadsLeft()),
                hint);
    }
}
