package workbook.grader.lessons.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.Check;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.InProcessServer.StopOutcome;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;

/**
 * The rules of CONTRACT.md that hold for every lesson that answers text with text, written once. A lesson's checks
 * class inherits these in a nested task class and says, through its {@link Delivery}, who receives what.
 */
public abstract class CommonRules {

    private final Delivery delivery;

    /** {@code delivery}: who receives what in the lesson; a lesson that remembers who joined gives one per check. */
    protected CommonRules(Delivery delivery) {
        this.delivery = delivery;
    }

    protected final Delivery delivery() {
        return delivery;
    }

    /** Every check ends by listening for strays: a frame that arrives late to someone who should get nothing. */
    protected void quietAfterwards(Check check, List<Probe> clients) {
        check.expectSilence(delivery().hint(), clients.toArray(Probe[]::new));
    }

    @Test
    @DisplayName("한국어와 이모지가 그대로 전달된다 / Korean and emoji pass through intact")
    protected void koreanAndEmoji(Check check) {
        List<Probe> clients = delivery().join(check, 2);
        delivery().verify(check, clients.get(0), clients, "안녕하세요, 웹소켓! 👋🎉 é ñ");
        quietAfterwards(check, clients);
    }

    @Test
    @DisplayName("앞뒤의 공백·탭·줄바꿈, 따옴표, 마크업도 그대로 전달된다 / Spaces, tabs and line breaks at the ends, quotes and markup pass through unchanged")
    protected void exactText(Check check) {
        List<Probe> clients = delivery().join(check, 2);
        for (String text : ExactText.SAMPLES) {
            delivery().verify(check, clients.get(0), clients, text);
        }
        quietAfterwards(check, clients);
    }

    @Test
    @DisplayName("빈 메시지도 그대로 전달된다 / The empty message passes through")
    protected void emptyMessage(Check check) {
        List<Probe> clients = delivery().join(check, 2);
        delivery().verify(check, clients.get(0), clients, "");
        quietAfterwards(check, clients);
    }

    @Test
    @DisplayName("64 KiB 메시지가 잘리지 않고 전달된다 / A 64 KiB message arrives whole")
    protected void largeMessage(Check check) {
        List<Probe> clients = delivery().join(check, 2);
        String big = "가나다라마바사아".repeat(64 * 1024 / 24) + "끝";
        delivery().verify(check, clients.get(0), clients, big);
        quietAfterwards(check, clients);
    }

    @Test
    @DisplayName("한 사람이 보낸 메시지는 보낸 순서대로 도착한다 / Messages from one sender arrive in the order sent")
    protected void order(Check check) {
        List<Probe> clients = delivery().join(check, 3);
        Probe sender = clients.get(0);
        List<String> texts = IntStream.rangeClosed(1, 20).mapToObj(i -> "message " + i).toList();
        Map<Probe, List<String>> wanted = new java.util.LinkedHashMap<>();
        for (String text : texts) {
            delivery().expected(sender, clients, text)
                    .forEach((client, expected) -> wanted.computeIfAbsent(client, c -> new ArrayList<>()).add(expected));
        }
        texts.forEach(text -> sender.send(delivery().wire(sender, text)));
        wanted.forEach((client, expected) -> check.expectInOrder(client, expected, Msg.of(
                "서버가 메시지를 받은 순서대로 바로 보내고 있나요? 스레드나 타이머로 미루면 순서가 섞일 수 있습니다.",
                "Does the server send each message right away, in the order received? Deferring to threads or timers can reorder them.")));
        quietAfterwards(check, clients);
    }

    @Test
    @DisplayName("나중에 연결한 클라이언트는 그 전의 메시지를 받지 않는다 / A client that connects later does not receive earlier messages")
    protected void laterClientGetsNoHistory(Check check) {
        List<Probe> clients = delivery().join(check, 2);
        delivery().verify(check, clients.get(0), clients, "before you came");
        Probe late = delivery().join(check);
        check.expectSilence(Msg.of("지난 메시지를 저장해 두었다가 새 클라이언트에게 보내고 있지 않나요?",
                "Does the server keep old messages and send them to newcomers?"), clients.get(0), clients.get(1), late);
    }

    @Test
    @DisplayName("close 프레임 없이 사라진 클라이언트가 있어도 나머지에게 계속 서비스한다 / A client that vanishes without a close frame does not stop the server")
    protected void vanishedClient(Check check) throws Exception {
        List<Probe> clients = new ArrayList<>(delivery().join(check, 3));
        Probe gone = clients.remove(2);
        gone.vanish();
        delivery().verify(check, clients.get(0), clients, "still here?");
        clients.add(delivery().join(check));
        delivery().verify(check, clients.get(2), clients, "a newcomer after the crash");
        quietAfterwards(check, clients);
    }

    @Test
    @DisplayName("바이너리 프레임을 받아도 서버가 계속 동작한다 / A binary frame from a client does not stop the server")
    protected void binaryFromClient(Check check) {
        List<Probe> clients = delivery().join(check, 2);
        clients.get(1).sendBinary(new byte[] {1, 2, 3, 4});
        clients.get(0).sendBinary(new byte[] {(byte) 0xff, 0});
        Map<Probe, Integer> sentBytes = new java.util.LinkedHashMap<>();
        sentBytes.put(clients.get(1), 4);
        sentBytes.put(clients.get(0), 2);
        delivery().afterBinary(check, sentBytes);
        delivery().verify(check, clients.get(0), clients, "text after binary");
        quietAfterwards(check, clients);
    }

    @Test
    @DisplayName("stop() 이 모든 연결을 닫고, 포트를 놓고, 스레드를 남기지 않는다 / stop() closes every connection, releases the port and leaves no thread")
    protected void stopReleasesEverything(Check check) throws Exception {
        check.onlyInProcess(Msg.of("stop() 은 채점기가 직접 시작한 서버에서만 검사할 수 있습니다", "stop() can only be checked on a server the grader starts itself"));
        List<Probe> clients = delivery().join(check, 2);
        delivery().verify(check, clients.get(0), clients, "last words");
        stopAndInspect(check, clients, Msg.of("직접 만든 스레드나 타이머가 있다면 stop() 에서 멈추세요.",
                "If you started threads or timers yourself, stop them in stop()."), frame -> false);
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
        StopOutcome outcome = server.stopAndInspect(Duration.ofSeconds(2));
        if (outcome.thrown() != null) {
            boolean stub = outcome.thrown() instanceof UnsupportedOperationException;
            check.fail(Msg.of((stub ? "아직 구현하지 않았습니다: " : "") + "stop() 이 예외를 던졌습니다: " + outcome.thrown(),
                            (stub ? "Not implemented yet: " : "") + "stop() threw " + outcome.thrown()),
                    Msg.of("stop() 이 모든 연결을 닫고 끝남", "stop() closes every connection and returns"),
                    Msg.same(String.valueOf(outcome.thrown())),
                    stub ? Msg.of("stop 의 TODO 주석 아래 throw 줄을 지우고 그 자리에 코드를 쓰세요.",
                            "Delete the throw line under the TODO comment in stop and write your code there.") : hint);
        }
        for (Probe client : clients) {
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            Frame end = check.next(client, Duration.ofSeconds(2));
            while (end != null && passing.test(end)) {
                end = check.next(client, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            }
            if (end == null || end.kind() != Frame.Kind.CLOSE) {
                check.fail(Msg.of("stop() 뒤에도 " + client.name() + " 의 연결이 닫히지 않았습니다.",
                                "After stop(), " + client.name() + "'s connection was not closed."),
                        Msg.of("연결 끊김", "the connection closes"),
                        end == null ? Msg.of("2초 동안 아무 일도 없음", "nothing for 2 seconds") : end.describe(),
                        Msg.of("stop() 을 재정의했다면 super.stop(...) 을 부르세요.", "If you override stop(), call super.stop(...)."));
            }
        }
        if (!outcome.clean()) {
            check.fail(Msg.of("stop() 뒤에 정리되지 않은 것이 있습니다.", "stop() left something behind."),
                    Msg.of("stop() 이 2초 안에 끝나고, 포트가 풀리고, 레슨의 스레드가 하나도 남지 않음",
                            "stop() returns within 2 s, the port is released and no thread of the lesson is left"),
                    Msg.of("stop() 끝남: " + outcome.returnedInTime() + ", 던진 예외: " + outcome.thrown()
                                    + ", 포트 풀림: " + outcome.portReleased() + ", 남은 스레드: " + outcome.threadsLeft(),
                            "stop() returned: " + outcome.returnedInTime() + ", threw: " + outcome.thrown()
                                    + ", port released: " + outcome.portReleased() + ", threads left: " + outcome.threadsLeft()),
                    hint);
        }
    }
}
