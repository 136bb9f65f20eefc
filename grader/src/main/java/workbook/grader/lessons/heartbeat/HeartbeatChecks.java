package workbook.grader.lessons.heartbeat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.grader.core.Check;
import workbook.grader.core.LessonChecks;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.korean.Particles;
import workbook.grader.lessons.chatroom.RoomLines;
import workbook.grader.lessons.common.EveryLesson;
import workbook.grader.lessons.heartbeat.RawWebSocket.Event;

/**
 * Lesson 08. Every wait is counted in heartbeat intervals (see {@link Interval}); in this JVM the interval is 300 ms
 * and each check ends in about two and a half seconds. The clients that must stop answering pings are raw sockets
 * ({@link RawWebSocket}); the clients that listen for joins and leaves are the usual {@code client-N}, which answer
 * pings by themselves, as every browser does.
 */
@LessonChecks
// A running server is graded at its own interval (--period, at most 2 s): a check watches up to six intervals and
// a few waits of two, so it may take up to 30 s there. In this JVM each check stays near 2.5 s (the stub test holds
// every check of the stub under 5 s, and a broken server that hangs is failed within 5 s: BrokenHeartbeatServersTest).
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@DisplayName("08 하트비트 / 08 Heartbeat")
public class HeartbeatChecks {

    private static final Msg KEEP_ANSWERING = Heartbeats.KEEP_ANSWERING;
    private static final Msg CUT_OFF = Msg.of(
            "beat에서 지난 ping에 답하지 않은 (isAlive가 false 인) 연결을 conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, \"...\")으로 끊나요? "
                    + "잠든 노트북은 close 프레임을 보내지 않으므로, 서버가 끊지 않으면 영영 남아 있습니다.",
            "Does beat cut off a connection that did not answer the last ping (isAlive false) with conn.closeConnection(CloseFrame.ABNORMAL_CLOSE, \"...\")? "
                    + "A sleeping laptop sends no close frame: unless the server cuts it off, it stays forever.");

    Interval interval;
    RawClients raw;
    Heartbeats heartbeats;
    Room room;

    @BeforeEach
    void buildTheServer(Check check) {
        interval = Interval.of(check);
        raw = new RawClients(check, interval);
        heartbeats = new Heartbeats(check, interval, raw);
        room = new Room(check);
    }

    @AfterEach
    void closeRawClients() {
        if (raw != null) {
            raw.close();
        }
    }

    @Nested
    @Tag("task:1")
    @DisplayName("과제 1 · 간격마다 모든 클라이언트에게 ping을 보낸다 / Task 1 · Every interval, every client gets a ping")
    class Task1 {

        @Test
        @DisplayName("열린 클라이언트는 간격마다 ping을 받는다 / Every open client receives a ping every interval")
        void pingsEveryInterval(Check check) {
            RawWebSocket first = raw.watcher();
            RawWebSocket second = raw.watcher();
            heartbeats.nextPing(second, 0);
            heartbeats.expectPingsEveryInterval(first);
        }

        @Test
        @DisplayName("Java-WebSocket 자신의 타이머는 꺼져 있다 / Java-WebSocket's own lost-connection timer is off")
        void libraryTimerIsOff(Check check) {
            check.onlyInProcess(Msg.of("라이브러리의 설정은 채점기가 직접 시작한 서버에서만 볼 수 있습니다", "the library's settings can only be seen on a server the grader starts itself"));
            raw.watcher();
            int seconds = check.inProcess().orElseThrow().server().getConnectionLostTimeout();
            check.journal().add("서버의 getConnectionLostTimeout()을 읽음: " + seconds, "read the server's getConnectionLostTimeout(): " + seconds);
            if (seconds > 0) {
                check.fail(Msg.of("Java-WebSocket 자신의 연결 끊김 타이머가 켜져 있습니다 (" + seconds + "초마다 ping).",
                                "Java-WebSocket's own lost-connection timer is on (a ping every " + seconds + " s)."),
                        Msg.same("getConnectionLostTimeout() == 0  (setConnectionLostTimeout(0))"),
                        Msg.same("getConnectionLostTimeout() == " + seconds),
                        Msg.of("스텁의 생성자에 있던 setConnectionLostTimeout(0)을 그대로 두세요. 실제 서비스라면 그 한 줄로 충분하지만, 이 레슨에서는 여러분의 하트비트가 일합니다. ",
                                "Keep the stub constructor's setConnectionLostTimeout(0). In production that one line would do; in this lesson your own heartbeat does the work. ")
                                .plus(Heartbeats.libraryTimerHint(seconds)));
            }
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("과제 2 · 답하는 클라이언트는 끊지 않는다 / Task 2 · A client that answers is never cut off")
    class Task2 {

        @Test
        @DisplayName("ping에 답하는 클라이언트는 여러 간격이 지나도 끊기지 않는다 / A client that answers its pings stays, however many intervals pass")
        void answeringClientsStay(Check check) {
            room.join();
            RawWebSocket watcher = room.joined(raw.watcher());
            heartbeats.nextPing(watcher, 0);
            heartbeats.expectStayOpen(6, KEEP_ANSWERING, room.listening(), watcher);
        }

        @Test
        @DisplayName("답이 늦어도 한 간격 안에 다시 답하면 끊기지 않는다 / A client that answers late, but within the interval, stays")
        void lateAnswerStays(Check check) {
            room.join();
            RawWebSocket sleeper = room.joined(raw.sleeper());
            int frozenAt = raw.freeze(sleeper);
            Event ping = heartbeats.nextPing(sleeper, frozenAt);
            long late = interval.times(Interval.LATE_ANSWER_SHARE).toMillis();
            check.journal().add(Particles.subject(sleeper.name()) + " 그 ping에 " + late + " ms 동안 답하지 않음 (간격의 " + Interval.LATE_ANSWER_SHARE + ")",
                    sleeper.name() + " left that ping unanswered for " + late + " ms (" + Interval.LATE_ANSWER_SHARE + " of an interval)");
            if (!heartbeats.holdUntil(sleeper, ping, interval.times(Interval.LATE_ANSWER_SHARE))) {
                check.fail(Msg.of("서버가 " + Particles.object(sleeper.name()) + " ping을 보낸 뒤 " + late + " ms도 기다리지 않고 끊었습니다.",
                                "The server cut " + sleeper.name() + " off less than " + late + " ms after its ping."),
                        Msg.of("ping에 답할 시간으로 한 간격 (" + interval.millis() + " ms)", "one interval (" + interval.millis() + " ms) to answer a ping"),
                        raw.describe(sleeper), KEEP_ANSWERING);
            }
            raw.wake(sleeper, late);
            heartbeats.expectStayOpen(4, KEEP_ANSWERING, room.listening(), sleeper);
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("과제 3 · 답하지 않는 클라이언트를 끊고 퇴장을 알린다 / Task 3 · A client that stops answering is cut off, and its leave announced")
    class Task3 {

        @Test
        @DisplayName("답하지 않는 클라이언트는 답하지 않은 ping 뒤 두 간격 안에 끊긴다 / A silent client is cut off within two intervals of the ping it left unanswered")
        void silentClientIsCutOff(Check check) {
            room.join();
            RawWebSocket sleeper = room.joined(raw.sleeper());
            int frozenAt = raw.freeze(sleeper);
            heartbeats.expectCutOff(sleeper, frozenAt, CUT_OFF);
        }

        @Test
        @DisplayName("끊긴 클라이언트의 퇴장은 남은 모두에게 맞는 인원으로 한 번 알려진다 / The cut-off client's leave is announced once to everyone left, with the right count")
        void leaveAnnouncedOnce(Check check) {
            room.join(2);
            RawWebSocket sleeper = room.joined(raw.sleeper());
            int frozenAt = raw.freeze(sleeper);
            heartbeats.expectCutOff(sleeper, frozenAt, CUT_OFF);
            room.rawLeft(1);
            room.expectNothingMore(interval.times(2).plus(Check.SILENCE_WINDOW), sleeper.name());
            room.join();
            check.expectSilence(Room.LEAVE_HINT, room.listening().toArray(Probe[]::new));
        }

        @Test
        @DisplayName("여럿이 함께 답하지 않아도 모두 끊기고 한 명씩 알려진다 / Several silent clients at once are all cut off, each leave announced")
        void severalSilentAtOnce(Check check) {
            room.join();
            List<RawWebSocket> sleepers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sleepers.add(room.joined(raw.sleeper()));
            }
            List<Integer> frozenAt = sleepers.stream().map(raw::freeze).toList();
            for (int i = 0; i < sleepers.size(); i++) {
                heartbeats.expectCutOff(sleepers.get(i), frozenAt.get(i), CUT_OFF);
            }
            room.rawLeft(sleepers.size());
            room.expectNothingMore(interval.times(2).plus(Check.SILENCE_WINDOW), "sleeper-1, sleeper-2, sleeper-3");
        }
    }

    @Nested
    @Tag("task:4")
    @DisplayName("과제 4 · 입장·퇴장은 레슨 07처럼, 메시지에는 답하지 않는다 / Task 4 · Joins and leaves as in lesson 07; messages get no answer")
    class Task4 {

        @Test
        @DisplayName("들어오고, close로 나가고, 사라질 때마다 모두가 새 인원을 듣는다 / Every join, close and vanishing is announced with the new count")
        void joinsAndLeaves(Check check) throws IOException {
            List<Probe> clients = room.join(3);
            clients.get(1).close();
            room.probeLeft(clients.get(1));
            clients.get(2).vanish();
            room.probeLeft(clients.get(2));
            check.expectSilence(Room.LEAVE_HINT, clients.get(0));
        }

        @Test
        @DisplayName("클라이언트가 보낸 메시지에는 아무것도 답하지 않는다 / Messages from clients get no answer")
        void messagesGetNoAnswer(Check check) {
            List<Probe> clients = room.join(2);
            clients.get(0).send("hello");
            clients.get(0).send("안녕하세요 👋");
            clients.get(1).send("");
            check.expectSilence(interval.times(2).plus(Check.SILENCE_WINDOW), Msg.of(
                    "onMessage는 받은 메시지를 출력만 하고 아무것도 보내지 않습니다.", "onMessage prints what it receives and sends nothing."),
                    clients.toArray(Probe[]::new));
        }
    }

    @Nested
    @Tag("task:5")
    @DisplayName("과제 5 · stop()은 하트비트 타이머를 남기지 않는다 / Task 5 · stop() leaves no heartbeat timer")
    class Task5 {

        @Test
        @DisplayName("stop()이 모든 연결을 닫고, 포트를 놓고, 타이머 스레드를 남기지 않는다 / stop() closes every connection, releases the port and leaves no timer thread")
        void stopEndsTheHeartbeat(Check check) throws InterruptedException {
            EveryLesson.onlyStoppable(check);
            Probe client = room.join();
            RawWebSocket watcher = room.joined(raw.watcher());
            heartbeats.nextPing(watcher, 0);
            EveryLesson.stopAndInspect(check, List.of(client), Msg.of(
                    "stopHeartbeat에서 heartbeat.shutdownNow()로 타이머를 멈추나요? 남은 타이머 스레드는 프로그램이 끝나지 못하게 하고, 닫힌 서버의 연결에 계속 ping을 보내려 합니다.",
                    "Does stopHeartbeat shut the timer down with heartbeat.shutdownNow()? A timer thread left running keeps the program alive and keeps trying to ping."),
                    RoomLines::isLeave);
        }
    }
}
