package workbook.grader.lessons.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.common.Delivery.Turn;

/**
 * The rules of CONTRACT.md that hold for every lesson that answers text with text, written once (the three that
 * hold for every server, text or not, are {@link EveryLesson}'s). A lesson's checks
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

    private void quietAfterwards(Check check, List<Probe> clients) {
        delivery().quietAfterwards(check, clients);
    }

    /** Two clients join and the first sends each of {@code texts}: each reaches whom the lesson says, unchanged. */
    private void passesThrough(Check check, List<String> texts) {
        List<Probe> clients = delivery().join(check, 2);
        delivery().verifyTurns(check, clients, texts.stream().map(text -> new Turn(0, text)).toArray(Turn[]::new));
    }

    @Test
    @DisplayName("한국어와 이모지가 그대로 전달된다 / Korean and emoji pass through intact")
    protected void koreanAndEmoji(Check check) {
        passesThrough(check, List.of("안녕하세요, 웹소켓! 👋🎉 é ñ"));
    }

    @Test
    @DisplayName("앞뒤의 공백·탭·줄바꿈, 따옴표, 마크업도 그대로 전달된다 / Spaces, tabs and line breaks at the ends, quotes and markup pass through unchanged")
    protected void exactText(Check check) {
        passesThrough(check, ExactText.SAMPLES);
    }

    @Test
    @DisplayName("빈 메시지도 그대로 전달된다 / The empty message passes through")
    protected void emptyMessage(Check check) {
        passesThrough(check, List.of(""));
    }

    @Test
    @DisplayName("64 KiB 메시지가 잘리지 않고 전달된다 / A 64 KiB message arrives whole")
    protected void largeMessage(Check check) {
        passesThrough(check, List.of("가나다라마바사아".repeat(64 * 1024 / 24) + "끝"));
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
        EveryLesson.vanishedClient(check, delivery());
    }

    @Test
    @DisplayName("바이너리 프레임을 받아도 서버가 계속 동작한다 / A binary frame from a client does not stop the server")
    protected void binaryFromClient(Check check) {
        EveryLesson.binaryFromClient(check, delivery());
    }

    @Test
    @DisplayName("stop() 이 모든 연결을 닫고, 포트를 놓고, 스레드를 남기지 않는다 / stop() closes every connection, releases the port and leaves no thread")
    protected void stopReleasesEverything(Check check) throws Exception {
        EveryLesson.stopReleasesEverything(check, delivery());
    }
}
