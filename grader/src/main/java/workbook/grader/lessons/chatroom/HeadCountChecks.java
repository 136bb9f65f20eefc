package workbook.grader.lessons.chatroom;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Probe;
import workbook.grader.lessons.chatroom.crowd.CrowdBursts;
import workbook.grader.lessons.chatroom.crowd.CrowdBursts.Burst;

/** Task 3 of lesson 07: every join and leave announced to the right clients with the right count, crowds included. */
abstract class HeadCountChecks {

    /**
     * The crowd checks open up to 200 connections on raw sockets and take CPU cores away from the server on purpose:
     * 0.2–0.5 s on an idle 2-core machine, but once over 5 s on one with a load average of 19. Twice the usual bound,
     * and one at a time: each one's {@code SchedulerJitter} is meant for its own server, not for the other crowds'. Run
     * side by side, they starved the other checks too: grade-class on 20 correct servers two at a time took points from
     * 4 of 60, and from none of 100 once they took turns.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @ResourceLock("workbook.lesson07.crowd")
    @interface CrowdCheck {
    }

    /** The check's view of the chat room. */
    abstract ChatRoom room();

    @Test
    @DisplayName("들어올 때마다 새 사람을 포함한 모두가 새 인원을 듣는다 / Each arrival is announced to everyone, the newcomer included, with the new count")
    void arrivals(Check check) {
        room().join(check, 3);
        check.expectSilence(RoomLines.JOIN_HINT, room().present().toArray(Probe[]::new));
    }

    @Test
    @DisplayName("close 로 나가면 남은 모두가 새 인원을 듣는다 / A client that closes is announced to everyone left with the new count")
    void closeIsALeave(Check check) throws InterruptedException {
        List<Probe> clients = room().join(check, 3);
        clients.get(1).close();
        room().hearLeaves(check);
        clients.get(0).close();
        room().hearLeaves(check);
        check.expectSilence(RoomLines.LEAVE_HINT, clients.get(2));
    }

    @Test
    @DisplayName("close 프레임 없이 사라져도 퇴장으로 센다 / A client that vanishes without a close frame counts as a leave")
    void vanishIsALeave(Check check) throws IOException {
        List<Probe> clients = room().join(check, 3);
        clients.get(0).vanish();
        room().hearLeaves(check);
        room().join(check);
        check.expectSilence(RoomLines.LEAVE_HINT, room().present().toArray(Probe[]::new));
    }

    @CrowdCheck
    @Test
    @DisplayName("큰 방에 20명씩 세 번 동시에 들어와도 인원을 한 번씩, 차례로 알린다 / Three bursts of 20 clients joining a full room at once are each announced once, in order")
    void burstsAtOnce(Check check) throws IOException {
        CrowdBursts.run(check, room().othersOnServer(check), 50,
                List.of(new Burst(20, 0), new Burst(20, 0), new Burst(20, 0)));
    }

    @CrowdCheck
    @Test
    @DisplayName("15명이 한꺼번에 나가고 40명이 한꺼번에 들어오기를 되풀이해도 인원은 하나씩 움직이고, 모두가 같은 차례로 듣는다 / When 15 drop out at once and then 40 crowd in at once, again and again, each count moves by one and everyone hears the same order")
    void crowdsAfterLeaves(Check check) throws IOException {
        CrowdBursts.run(check, room().othersOnServer(check), 20,
                List.of(new Burst(40, 15), new Burst(40, 15), new Burst(40, 15), new Burst(40, 15), new Burst(40, 0)));
    }

    @CrowdCheck
    @Test
    @DisplayName("19명이 한꺼번에 끊겨도 남은 사람은 19명부터 1명까지 차례로 듣는다 / When 19 clients drop at once, the one left hears 19 down to 1")
    void nineteenDropAtOnce(Check check) throws IOException {
        List<Probe> clients = room().join(check, 20);
        for (Probe leaving : clients.subList(1, clients.size())) {
            leaving.vanish();
        }
        room().hearLeaves(check);
        check.expectSilence(RoomLines.LEAVE_HINT, clients.get(0));
    }
}
