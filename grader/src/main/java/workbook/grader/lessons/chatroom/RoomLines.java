package workbook.grader.lessons.chatroom;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.words.Msg;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Quote;
import workbook.grader.korean.Particles;

/**
 * The join and leave announcements of lesson 07's room, which lesson 08's room repeats: their exact text, reading
 * the count back out of a frame, how the first client of a check learns how many others a running server has, and
 * lesson 07's hints about them.
 */
public final class RoomLines {

    public static final String JOIN = "새로운 유저 접속 [현재: %d명]";
    public static final String LEAVE = "유저 연결 해제 [현재: %d명]";
    private static final Pattern JOIN_LINE = Pattern.compile("새로운 유저 접속 \\[현재: (\\d+)명\\]");
    private static final Pattern LEAVE_LINE = Pattern.compile("유저 연결 해제 \\[현재: (\\d+)명\\]");
    /** How long the first client of a check against a running server listens for leaves of earlier clients. */
    private static final Duration SETTLE_WINDOW = Duration.ofMillis(500);

    public static final Msg JOIN_HINT = Msg.of(
            "onOpen 에서 새 클라이언트를 포함한 열린 모든 클라이언트에게 \"새로운 유저 접속 [현재: N명]\" 을 보내나요? N 은 새 클라이언트가 들어온 뒤의 인원입니다.",
            "Does onOpen send \"새로운 유저 접속 [현재: N명]\" to every open client, the newcomer included, N being the count after it joined?");
    public static final Msg LEAVE_HINT = Msg.of(
            "onClose 에서 남은 모든 클라이언트에게 \"유저 연결 해제 [현재: N명]\" 을 보내나요? N 은 나간 뒤의 인원입니다. close 프레임 없이 사라진 클라이언트도 onClose 로 옵니다.",
            "Does onClose send \"유저 연결 해제 [현재: N명]\" to every client still there, N being the count after it left? A client that vanishes without a close frame reaches onClose too.");
    public static final Msg RACE_HINT = Msg.of(
            "onOpen 은 여러 스레드에서 동시에 불리고, getConnections() 에는 onOpen 이 불리기 전에 이미 새 연결이 들어 있습니다. 인원을 직접 세고, 세기와 알리기를 하나의 synchronized 블록 안에서 하세요.",
            "onOpen runs on several threads at once, and getConnections() already holds a newcomer before its onOpen runs. Keep your own set of clients, and count and announce inside one synchronized block.");

    private RoomLines() {
    }

    public static String joinLine(int count) {
        return String.format(JOIN, count);
    }

    public static String leaveLine(int count) {
        return String.format(LEAVE, count);
    }

    /**
     * {@code gone} clients left a room of {@code before}: each of {@code stayed} hears each leave, the count going
     * down by one each time.
     */
    public static void expectLeaves(Check check, List<Probe> stayed, int before, int gone, Msg leaveHint) {
        if (stayed.isEmpty()) {
            return;
        }
        if (gone == 1) {
            check.expectEach(stayed, leaveLine(before - 1), leaveHint);
            return;
        }
        List<String> lines = IntStream.rangeClosed(1, gone).mapToObj(i -> leaveLine(before - i)).toList();
        for (Probe listener : stayed) {
            check.expectInOrder(listener, lines, leaveHint);
        }
    }

    /** The count of a join announcement; null for any other frame. */
    public static Integer joinCount(Frame frame) {
        return count(JOIN_LINE, frame);
    }

    /** The count of a leave announcement; null for any other frame. */
    public static Integer leaveCount(Frame frame) {
        return count(LEAVE_LINE, frame);
    }

    /**
     * Whether the frame announces a leave. A stop() that closes the clients one at a time may announce each leave to
     * the clients it has not closed yet: such a line may come before a client's own close.
     */
    public static boolean isLeave(Frame frame) {
        return leaveCount(frame) != null;
    }

    /**
     * The first client of a check has joined: on the grader's own server it is alone and hears "1"; on a running
     * server it reads how many others are there, and listens briefly for the leaves of clients that are already
     * going. Returns how many clients other than the check's own are on the server.
     */
    public static int firstArrival(Check check, Probe newcomer, Msg joinHint, Msg leaveHint) {
        if (!check.gradesRunningServer()) {
            check.expect(newcomer, joinLine(1), joinHint);
            return 0;
        }
        check.journal().add(newcomer.name() + "의 입장 알림을 최대 " + Check.ANSWER_TIMEOUT.toMillis() + " ms 기다림",
                "waited up to " + Check.ANSWER_TIMEOUT.toMillis() + " ms for " + newcomer.name() + "'s own arrival announcement");
        Frame first = check.next(newcomer, Check.ANSWER_TIMEOUT);
        Integer count = first == null ? null : joinCount(first);
        if (count == null) {
            throw check.failed(Msg.of(Particles.subject(newcomer.name()) + " 자기 입장 알림을 받지 못했습니다.", newcomer.name() + " did not hear its own arrival."),
                    Msg.of("\"새로운 유저 접속 [현재: N명]\" 꼴의 텍스트", "a text like \"새로운 유저 접속 [현재: N명]\""),
                    first == null ? Msg.of("아무것도 오지 않음", "nothing arrived") : first.describe(), joinHint);
        }
        check.journal().add(newcomer.name() + "의 입장 알림: 서버에 " + count + "명이 있음. 이전 클라이언트의 퇴장 알림을 최대 "
                        + SETTLE_WINDOW.toMillis() + " ms 기다림",
                newcomer.name() + "'s arrival says " + count + " are on the server; listened up to " + SETTLE_WINDOW.toMillis()
                        + " ms for leaves of earlier clients");
        long deadline = System.nanoTime() + SETTLE_WINDOW.toNanos();
        while (count > 1) {
            Frame next = check.next(newcomer, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (next == null) {
                break;
            }
            Integer left = leaveCount(next);
            if (left == null || left != count - 1) {
                throw check.failed(Msg.of(Particles.subject(newcomer.name()) + " 예상하지 못한 프레임을 받았습니다.", newcomer.name() + " received an unexpected frame."),
                        Msg.of("이전 클라이언트의 퇴장 알림 " + Quote.text(leaveLine(count - 1)) + " 또는 아무것도 없음",
                                "the leave of an earlier client, " + Quote.text(leaveLine(count - 1)) + ", or nothing"),
                        next.describe(), leaveHint);
            }
            count--;
        }
        return count - 1;
    }

    private static Integer count(Pattern line, Frame frame) {
        if (!frame.isText()) {
            return null;
        }
        Matcher matcher = line.matcher(frame.text());
        return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
