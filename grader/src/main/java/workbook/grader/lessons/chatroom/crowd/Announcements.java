package workbook.grader.lessons.chatroom.crowd;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.grader.lessons.chatroom.RoomLines;

/**
 * What the members of a crowded room heard, held against what a room with one lock must say. The witness, in the room
 * from the start, heard every join and leave: its own arrival first, then each count one more (a join) or one less (a
 * leave) than the one before. Every other member heard its own arrival and then exactly what the witness heard after
 * it; no two members heard their own arrival at the same place.
 */
final class Announcements {

    static final Msg ORDER_HINT = RoomLines.RACE_HINT.plus(Msg.of(
            " Collections.synchronizedSet, ConcurrentHashMap 같은 것은 호출 하나하나를 지켜 줄 뿐, 넣기·세기·보내기를 한 단계로 묶어 주지 않습니다."
                    + " onClose 의 빼기·세기·보내기도 같은 잠금 아래에서 하세요: 나가는 사람과 들어오는 사람이 동시에 셉니다.",
            " A Collections.synchronizedSet or a ConcurrentHashMap keeps each call safe on its own, not add, count and send"
                    + " together as one step. Remove, count and send in onClose under the same lock too: leaves and joins count at the same moment."));
    private static final int SHOWN = 4;

    private final Check check;
    private final RawMember witness;
    private final int firstCount;
    private int expectedFrames;
    private int expectedCount;
    private int verified;
    private int count;

    /** {@code firstCount}: what the witness's own arrival says. */
    Announcements(Check check, RawMember witness, int firstCount) {
        this.check = check;
        this.witness = witness;
        this.firstCount = firstCount;
        this.expectedCount = firstCount - 1;
    }

    /** {@code joins} more arrivals and {@code leaves} more departures have happened. */
    void expect(int joins, int leaves) {
        expectedFrames += joins + leaves;
        expectedCount += joins - leaves;
    }

    /** The room's count after everything so far. */
    int count() {
        return expectedCount;
    }

    /** The witness heard every announcement so far, each count moving by one, and ends at the room's count. */
    void verifyWitness() {
        boolean all = witness.readFrames(expectedFrames, System.nanoTime() + CrowdBursts.BURST_BOUND.toNanos());
        List<Frame> heard = witness.heard();
        for (; verified < Math.min(heard.size(), expectedFrames); verified++) {
            Frame frame = heard.get(verified);
            Integer join = RoomLines.joinCount(frame);
            Integer leave = RoomLines.leaveCount(frame);
            if (verified == 0) {
                if (join == null || join != firstCount) {
                    throw check.failed(Msg.of(witness.name() + " 이(가) 처음 받은 것이 자기 입장 알림이 아닙니다.",
                                    witness.name() + "'s first frame is not its own arrival."),
                            Msg.same(Quote.text(RoomLines.joinLine(firstCount))), frame.describe(), RoomLines.JOIN_HINT);
                }
                count = join;
            } else if (join != null && join == count + 1 || leave != null && leave == count - 1) {
                count = join != null ? join : leave;
            } else {
                throw check.failed(Msg.of(witness.name() + " 이(가) 들은 인원이 하나씩 움직이지 않습니다: " + Quote.text(heard.get(verified - 1).text()) + " 다음에 ",
                                "The counts " + witness.name() + " heard do not move by one: " + Quote.text(heard.get(verified - 1).text())
                                        + " was followed by ").plus(quoted(frame)).plus(Msg.of(" 이(가) 왔습니다.", ".")),
                        Msg.of(Quote.text(RoomLines.joinLine(count + 1)) + " (입장) 또는 " + Quote.text(RoomLines.leaveLine(count - 1)) + " (퇴장)",
                                Quote.text(RoomLines.joinLine(count + 1)) + " (a join) or " + Quote.text(RoomLines.leaveLine(count - 1)) + " (a leave)"),
                        around(heard, verified), ORDER_HINT);
            }
        }
        if (!all || heard.size() < expectedFrames) {
            throw check.failed(Msg.of(witness.name() + " 이(가) 입장·퇴장 알림을 " + expectedFrames + "개 중 " + heard.size() + "개만 받았습니다.",
                            witness.name() + " heard only " + heard.size() + " of the " + expectedFrames + " join and leave announcements."),
                    Msg.of("자기 입장부터 한 번의 입장·퇴장마다 알림 하나, 모두 " + expectedFrames + "개",
                            "one announcement for each join and leave from its own on, " + expectedFrames + " in all"),
                    around(heard, heard.size()).plus(Msg.of(", 그 뒤로 " + CrowdBursts.BURST_BOUND.toMillis() + " ms 동안 아무것도 없음",
                            ", then nothing within " + CrowdBursts.BURST_BOUND.toMillis() + " ms")), ORDER_HINT);
        }
        if (count != expectedCount) {
            throw check.failed(Msg.of(witness.name() + " 이(가) 마지막으로 들은 인원이 방의 인원과 다릅니다.",
                            "The last count " + witness.name() + " heard is not the number of clients in the room."),
                    Msg.same(Quote.text(count > expectedCount ? RoomLines.leaveLine(expectedCount) : RoomLines.joinLine(expectedCount))),
                    around(heard, heard.size()), ORDER_HINT);
        }
    }

    /**
     * Every member heard its own arrival, then exactly what the witness heard after it, up to the last announcement;
     * no two heard their own arrival at the same place.
     */
    void verifyEveryone(List<RawMember> members) {
        List<Frame> all = witness.heard();
        String last = RoomLines.joinLine(expectedCount);
        long deadline = System.nanoTime() + CrowdBursts.BURST_BOUND.toNanos();
        Map<Integer, RawMember> byArrival = new HashMap<>();
        for (RawMember member : members) {
            member.readUntil(frames -> !frames.isEmpty() && (frames.get(frames.size() - 1).isText(last)
                    || frames.get(frames.size() - 1).kind() == Frame.Kind.CLOSE), deadline);
            List<Frame> heard = member.heard();
            if (heard.isEmpty() || RoomLines.joinCount(heard.get(0)) == null) {
                throw check.failed(Msg.of(member.name() + " 이(가) 처음 받은 것이 자기 입장 알림이 아닙니다.", member.name() + "'s first frame is not its own arrival."),
                        Msg.of("\"새로운 유저 접속 [현재: N명]\" 꼴의 텍스트", "a text like \"새로운 유저 접속 [현재: N명]\""),
                        heard.isEmpty() ? Msg.of(CrowdBursts.BURST_BOUND.toMillis() + " ms 동안 아무것도 오지 않음", "nothing within "
                                + CrowdBursts.BURST_BOUND.toMillis() + " ms") : heard.get(0).describe(), RoomLines.JOIN_HINT);
            }
            if (!heard.get(heard.size() - 1).isText(last)) {
                throw check.failed(Msg.of(member.name() + " 이(가) 자기 뒤의 입장·퇴장 알림을 다 받지 못했습니다.",
                                member.name() + " did not hear every join and leave after its own arrival."),
                        Msg.of("마지막으로 " + Quote.text(last), "the last one to be " + Quote.text(last)),
                        around(heard, heard.size()).plus(Msg.of(", 그 뒤로 아무것도 없음", ", then nothing")), ORDER_HINT);
            }
            int from = all.size() - heard.size();
            int differs = firstDifference(all, heard);
            if (differs >= 0) {
                throw check.failed(Msg.of(member.name() + " 이(가) 들은 입장·퇴장의 차례가 처음부터 방에 있던 " + witness.name() + " 와(과) 다릅니다.",
                                member.name() + " heard the joins and leaves in another order than " + witness.name() + ", who was in the room from the start."),
                        Msg.of(witness.name() + " 이(가) 들은 차례: ", "the order " + witness.name() + " heard: ").plus(around(all, differs + from)),
                        Msg.of(member.name() + " 이(가) 들은 차례: ", "the order " + member.name() + " heard: ").plus(around(heard, differs)), ORDER_HINT);
            }
            RawMember twin = byArrival.putIfAbsent(from, member);
            if (twin != null) {
                throw check.failed(Msg.of("두 클라이언트가 같은 인원으로 입장을 알렸습니다: " + twin.name() + " 와(과) " + member.name()
                                        + " 이(가) 둘 다 처음 받은 것이 " + Quote.text(heard.get(0).text()) + " 입니다. 동시에 들어와도 인원은 한 번씩만 알려야 합니다.",
                                "Two clients were announced with the same count: " + twin.name() + " and " + member.name()
                                        + " both first heard " + Quote.text(heard.get(0).text()) + ". Clients joining at once must each get a count of their own."),
                        Msg.of("각자 자기 입장 알림을 먼저", "each hears its own arrival first"),
                        Msg.of("둘 다 처음 받은 것: ", "both first heard: ").plus(Msg.same(Quote.text(heard.get(0).text()))), ORDER_HINT);
            }
        }
    }

    /** Where {@code heard}, laid against the end of {@code all}, first differs from it; -1 if it is all a tail of it. */
    private static int firstDifference(List<Frame> all, List<Frame> heard) {
        int from = all.size() - heard.size();
        for (int i = 0; i < heard.size(); i++) {
            if (from + i < 0 || !same(all.get(from + i), heard.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(Frame a, Frame b) {
        return a.kind() == b.kind() && Objects.equals(a.text(), b.text());
    }

    private static Msg quoted(Frame frame) {
        return frame.isText() ? Msg.same(Quote.text(frame.text())) : frame.describe();
    }

    /** A few frames up to and including {@code at} (or the last few, when {@code at} is past the end). */
    private static Msg around(List<Frame> frames, int at) {
        int end = Math.min(frames.size(), Math.max(at + 1, 0));
        int start = Math.max(0, end - SHOWN);
        if (end == 0) {
            return Msg.of("아무것도 받지 않음", "nothing");
        }
        List<Msg> shown = frames.subList(start, end).stream().map(Announcements::quoted).toList();
        return Msg.of((start > 0 ? "… " : "") + shown.stream().map(Msg::ko).collect(Collectors.joining(", ")),
                (start > 0 ? "… " : "") + shown.stream().map(Msg::en).collect(Collectors.joining(", ")));
    }
}
