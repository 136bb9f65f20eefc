package workbook.grader.lessons.heartbeat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.korean.Particles;
import workbook.grader.lessons.chatroom.RoomLines;

/**
 * Who is in the room as one check sees it, so that each join and leave is heard with exactly the count CONTRACT.md
 * names (lesson 07's lines). The check's listening clients are {@link Probe}s ({@code client-N}), which answer pings
 * by themselves as a browser does; raw clients count as members too.
 *
 * <p>A running server may have other clients (a browser tab, the clients of the check before): the first client
 * reads the count the server announces, listens briefly for leaves still on their way, and counts from there.
 */
public final class Room {

    public static final Msg JOIN_HINT = Msg.of(
            "onOpen은 레슨 07과 같습니다: room에 넣고, 새 클라이언트를 포함한 모두에게 \"새로운 유저 접속 [현재: N명]\"을 보냅니다. 스텁에 있던 onOpen을 바꾸지 않았나요?",
            "onOpen is lesson 07's: add to room and send \"새로운 유저 접속 [현재: N명]\" to everyone, the newcomer included. Did you change the stub's onOpen?");
    public static final Msg LEAVE_HINT = Msg.of(
            "하트비트가 끊은 클라이언트도 onClose로 와서 한 번만 알려져야 합니다: 퇴장은 onClose 에서만 알리고, beat 에서는 closeConnection만 부르세요. N은 room에서 뺀 뒤의 인원입니다.",
            "A client the heartbeat cuts off reaches onClose too and must be announced once: announce leaves in onClose only, and only call closeConnection in beat. N is the count after removing it from room.");

    private final Check check;
    private final List<Probe> listening = new ArrayList<>();
    private int others = -1;
    private int rawMembers;

    public Room(Check check) {
        this.check = check;
    }

    /** The clients of this check that listen for joins and leaves. */
    public List<Probe> listening() {
        return List.copyOf(listening);
    }

    public int count() {
        return Math.max(others, 0) + listening.size() + rawMembers;
    }

    /** Opens {@code client-N}: it and everyone listening hear its arrival with the new count. */
    public Probe join() {
        Probe newcomer = check.connect();
        if (others < 0) {
            others = RoomLines.firstArrival(check, newcomer, JOIN_HINT, LEAVE_HINT);
        } else {
            List<Probe> hearing = new ArrayList<>(listening);
            hearing.add(0, newcomer);
            check.expectEach(hearing, RoomLines.joinLine(count() + 1), JOIN_HINT);
        }
        listening.add(newcomer);
        return newcomer;
    }

    public List<Probe> join(int count) {
        return IntStream.range(0, count).mapToObj(i -> join()).toList();
    }

    /**
     * A raw client has joined: everyone listening hears it, with the new count. Call after a {@link #join()}. Returns
     * the client, so that it can be opened and joined in one line.
     */
    public RawWebSocket joined(RawWebSocket raw) {
        if (others < 0) {
            throw new IllegalStateException("a client-N joins first, to learn the count");
        }
        rawMembers++;
        check.expectEach(listening, RoomLines.joinLine(count()), JOIN_HINT);
        return raw;
    }

    /** {@code gone} raw clients have left: everyone listening hears each leave, the count going down by one each time. */
    public void rawLeft(int gone) {
        int before = count();
        rawMembers -= gone;
        announceLeaves(before, gone);
    }

    /** A listening client closed or vanished: the others hear its leave. */
    public void probeLeft(Probe gone) {
        int before = count();
        listening.remove(gone);
        announceLeaves(before, 1);
    }

    private void announceLeaves(int before, int gone) {
        RoomLines.expectLeaves(check, listening, before, gone, LEAVE_HINT);
    }

    /**
     * For {@code window}, nobody listening hears anything more: a second leave line for a client already announced is
     * named as such.
     */
    public void expectNothingMore(Duration window, String leftLast) {
        List<String> names = listening.stream().map(Probe::name).toList();
        check.journal().add(window.toMillis() + " ms 동안 " + String.join(", ", names) + "에게 아무것도 더 오지 않는지 지켜봄 (퇴장은 한 번만 알림)",
                "watched " + String.join(", ", names) + " for " + window.toMillis() + " ms to make sure nothing else arrives (a leave is announced once)");
        Check.Stray stray = check.watch(window, frame -> false, listening.toArray(Probe[]::new));
        if (stray == null) {
            return;
        }
        boolean again = stray.frame().isText() && RoomLines.leaveCount(stray.frame()) != null;
        throw check.failed(again
                        ? Msg.of(Particles.subject(stray.client().name()) + " 퇴장 알림을 또 받았습니다: " + leftLast + "의 퇴장이 두 번 알려졌습니다.",
                                stray.client().name() + " heard another leave: " + leftLast + "'s leave was announced twice.")
                        : Msg.of(Particles.subject(stray.client().name()) + " 받지 말아야 할 프레임을 받았습니다.", stray.client().name() + " received a frame it should not have."),
                Msg.of(window.toMillis() + " ms 동안 " + stray.client().name() + " 에게는 아무것도 오지 않음",
                        "nothing reaches " + stray.client().name() + " within " + window.toMillis() + " ms"),
                stray.frame().describe(), LEAVE_HINT);
    }
}
