package workbook.grader.lessons.chatroom.crowd;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import workbook.grader.core.Check;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.grader.lessons.chatroom.RoomLines;

/**
 * A crowded room: bystanders join one after the other; then, burst after burst, some members drop their connections
 * at once, and then newcomers whose handshakes all complete at the same moment join. The joins run on the server's
 * worker threads side by side, while {@link SchedulerJitter} takes their cores away at random points, so an unlocked
 * count is overtaken by another thread's. Everyone who stays is a witness: at the
 * end each must have heard its own arrival and then every later announcement, in the one order the first bystander
 * heard them, each count one more (a join) or one less (a leave) than the one before.
 *
 * <p>The last burst has no leaves and takes the room above any count it had before, so its last announcement is heard
 * once by everyone and marks the end of what each member must have heard.
 */
public final class CrowdBursts {

    /** The {@code leaves} longest-present members (never the first) drop at once, then {@code joins} newcomers join at once. */
    public record Burst(int joins, int leaves) {
    }

    /**
     * How long a burst's handshakes, or all that a burst makes the server say, may take: a correct server on a machine
     * busy with other work can need more than one answer's time, and a hanging one still fails within a few seconds.
     */
    static final Duration BURST_BOUND = Duration.ofSeconds(3);

    private CrowdBursts() {
    }

    /** {@code others}: clients on the server that the check did not open (0 on the grader's own server). */
    public static void run(Check check, int others, int bystanderCount, List<Burst> bursts) throws IOException {
        requireAnUnheardLastCount(bystanderCount, bursts);
        String allIn = RoomLines.joinLine(others + bystanderCount);
        boolean[] allHeard = {false};
        Bystanders bystanders = Bystanders.gather(check, bystanderCount, allIn, Check.ANSWER_TIMEOUT, allHeard);
        check.closeAfterwards(bystanders);
        if (bystanders.members().size() < bystanderCount) {
            RawMember first = bystanders.members().get(0);
            throw check.failedWaiting(Msg.of(first.name() + " 이(가) " + Check.ANSWER_TIMEOUT.toMillis() + " ms 안에 자기 입장 알림을 받지 못했습니다.",
                            first.name() + " did not hear its own arrival within " + Check.ANSWER_TIMEOUT.toMillis() + " ms."),
                    Msg.same(Quote.text(RoomLines.joinLine(others + 1))), first.heard().isEmpty() ? Msg.of("아무것도 오지 않음", "nothing arrived")
                            : first.heard().get(0).describe(), RoomLines.JOIN_HINT);
        }
        if (!allHeard[0]) {
            throw check.failedWaiting(Msg.of(bystanderCount + "명이 된 입장을 마지막 클라이언트가 듣지 못했습니다.",
                            "The last bystander never heard the arrival that made " + bystanderCount + "."),
                    Msg.same(Quote.text(allIn)), Msg.of(Check.ANSWER_TIMEOUT.toMillis() + " ms 동안 오지 않음",
                            "not within " + Check.ANSWER_TIMEOUT.toMillis() + " ms"), RoomLines.RACE_HINT);
        }
        List<RawMember> present = new ArrayList<>(bystanders.members());
        Announcements heard = new Announcements(check, present.get(0), others + 1);
        heard.expect(bystanderCount, 0);
        URI uri = check.server().webSocketUri();
        int named = 0;
        for (Burst burst : bursts) {
            List<RawMember> newcomers = new ArrayList<>();
            for (int i = 0; i < burst.joins(); i++) {
                RawMember newcomer = RawMember.held("client-" + (++named), uri, Check.ANSWER_TIMEOUT);
                check.closeAfterwards(newcomer);
                newcomers.add(newcomer);
            }
            List<RawMember> leaving = List.copyOf(present.subList(1, 1 + burst.leaves()));
            if (!leaving.isEmpty()) {
                // The leaves are all announced before the joins begin: a correct server's isOpen()-then-send loop
                // could otherwise meet a connection that closes between the two, and throw.
                journalLeaves(check, leaving);
                leaving.forEach(RawMember::vanish);
                present.removeAll(leaving);
                heard.expect(0, leaving.size());
                heard.verifyWitness();
            }
            journalJoins(check, uri, newcomers);
            try (SchedulerJitter jitter = new SchedulerJitter(BURST_BOUND.multipliedBy(2))) {
                for (RawMember newcomer : newcomers) {
                    newcomer.release();
                }
                awaitUpgrades(check, newcomers);
                present.addAll(newcomers);
                heard.expect(newcomers.size(), 0);
                heard.verifyWitness();
            }
        }
        check.journal().add("방에 남은 클라이언트 " + present.size() + "개가 받은 것을 모두 읽음: 각자 자기 입장부터 "
                        + Quote.text(RoomLines.joinLine(heard.count())) + " 까지, " + present.get(0).name() + " 와(과) 같은 차례여야 함",
                "read everything the " + present.size() + " clients still in the room had received: each, from its own arrival to "
                        + Quote.text(RoomLines.joinLine(heard.count())) + ", in the same order as " + present.get(0).name());
        heard.verifyEveryone(present.subList(1, present.size()));
    }

    /** The last burst only joins, and reaches a count no earlier moment can have had. */
    private static void requireAnUnheardLastCount(int bystanderCount, List<Burst> bursts) {
        int count = bystanderCount;
        int highest = count;
        for (Burst burst : bursts.subList(0, bursts.size() - 1)) {
            if (burst.leaves() > count - 1) {
                throw new IllegalArgumentException("more leaves than members: " + burst);
            }
            highest = Math.max(highest, count + burst.joins());
            count += burst.joins() - burst.leaves();
        }
        Burst last = bursts.get(bursts.size() - 1);
        if (last.leaves() != 0 || count + last.joins() <= highest) {
            throw new IllegalArgumentException("the last burst must only join, and reach a count above " + highest + ": " + last);
        }
    }

    private static void journalLeaves(Check check, List<RawMember> leaving) {
        String gone = leaving.get(0).name() + " … " + leaving.get(leaving.size() - 1).name();
        check.journal().add(gone + " (" + leaving.size() + "개) 이(가) 한꺼번에 close 프레임 없이 연결을 끊음",
                gone + " (" + leaving.size() + " clients) dropped their connections at once, without a close frame");
    }

    private static void journalJoins(Check check, URI uri, List<RawMember> newcomers) {
        String names = newcomers.get(0).name() + " … " + newcomers.get(newcomers.size() - 1).name();
        check.journal().add(names + " (" + newcomers.size() + "개) 이(가) 동시에 " + uri + " 에 연결함",
                names + " (" + newcomers.size() + " clients) connected to " + uri + " at the same time");
    }

    private static void awaitUpgrades(Check check, List<RawMember> newcomers) {
        long deadline = System.nanoTime() + BURST_BOUND.toNanos();
        for (RawMember newcomer : newcomers) {
            try {
                newcomer.awaitUpgrade(deadline);
            } catch (IOException e) {
                throw check.failedWaiting(Msg.of(newcomer.name() + " 의 연결 요청(핸드셰이크)에 서버가 " + BURST_BOUND.toMillis() + " ms 안에 답하지 않았습니다.",
                                "The server did not answer " + newcomer.name() + "'s opening handshake within " + BURST_BOUND.toMillis() + " ms."),
                        Msg.same("HTTP/1.1 101 Switching Protocols"), Msg.same(String.valueOf(e.getMessage())), RoomLines.RACE_HINT);
            }
        }
    }
}
