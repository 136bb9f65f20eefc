package workbook.grader.lessons.notifications;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import workbook.grader.core.Check;
import workbook.grader.core.LessonChecks;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.common.EveryLesson;

/**
 * Lesson 06. Every wait is counted in periods (see {@link Schedule}); in this JVM the period is 200 ms and each check
 * ends in about two seconds.
 */
@LessonChecks
// A running server is graded at its own period (--period, at most 6 s). A correct one passes each check within about
// three periods (15 s at the tutorial's 5 s, 18 s at 6 s); one at twice its period fails after about six (36 s at 6 s).
// So this lesson, and only this one, lets a check run for up to 60 seconds instead of @LessonChecks' 5; in this JVM its
// checks stay near 2 s (the stub test holds every check of the stub under 5 s).
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
// Each check only listens to its own clients, so against a running server they run side by side (GradeRunner runs
// a URL target's checks one by one unless they say this): grading the tutorial's 5-second notifier takes as long as
// its longest check, about 15 s, rather than the sum of them all.
@Execution(ExecutionMode.CONCURRENT)
@DisplayName("06 주기적 알림 / 06 Periodic notifications")
public class NotificationChecks {

    @Nested
    @Tag("task:1")
    @DisplayName("과제 1 · 주기마다 모든 클라이언트에게 알림을 보낸다 / Task 1 · Every period, every client gets the notification")
    class Task1 {

        @Test
        @DisplayName("연결한 모든 클라이언트가 알림 문구를 그대로 받는다 / Every connected client receives the notification text exactly")
        void everyClientIsNotified(Check check) {
            Schedule schedule = Schedule.of(check);
            List<Probe> clients = schedule.connect(3);
            for (Probe client : clients) {
                schedule.expectFirstNotification(client, schedule.notificationHint());
            }
        }

        @Test
        @DisplayName("알림은 주기마다 한 번씩 온다 / Notifications come once per period")
        void oncePerPeriod(Check check) {
            Schedule schedule = Schedule.of(check);
            List<Probe> clients = schedule.connect(2);
            schedule.expectSpacing(clients.get(0), schedule.notificationHint(), () -> { });
        }
    }

    @Nested
    @Tag("task:2")
    @DisplayName("과제 2 · 클라이언트의 메시지에는 답하지 않는다 / Task 2 · Messages from clients get no answer")
    class Task2 {

        private static final Msg NO_ANSWER = Msg.of("onMessage 는 받은 메시지를 출력만 하고 아무것도 보내지 않습니다. 알림은 타이머만 보냅니다.",
                "onMessage prints what it receives and sends nothing: notifications come from the timer alone.");

        @Test
        @DisplayName("메시지를 보내도 답장 없이 알림만 온다 / A client's messages get no answer, only notifications")
        void noAnswer(Check check) {
            Schedule schedule = Schedule.of(check);
            List<Probe> clients = check.connect(2);
            Probe talker = clients.get(0);
            talker.send("hello");
            talker.send("안녕하세요 👋");
            talker.send("");
            schedule.onlyNotifications(Check.SILENCE_WINDOW, NO_ANSWER, clients.toArray(Probe[]::new));
            schedule.expectNotification(schedule.notificationHint(), clients.toArray(Probe[]::new));
        }

        @Test
        @DisplayName("메시지가 와도 알림 주기는 그대로다 / Messages do not change the schedule")
        void scheduleUndisturbed(Check check) {
            Schedule schedule = Schedule.of(check);
            Probe talker = schedule.connect(1).get(0);
            schedule.expectSpacing(talker, Msg.of("메시지를 받을 때 타이머를 새로 시작하거나 알림을 보내지 않나요? 타이머는 start() 에서 한 번만 시작합니다.",
                    "Does a message start another timer, or send a notification? The timer starts once, in start()."),
                    () -> talker.send("still there?"));
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("과제 3 · 닫힌 연결에는 보내지 않는다 / Task 3 · Nothing is sent to a closed client")
    class Task3 {

        @Test
        @DisplayName("한 클라이언트가 닫아도 오류 없이 나머지는 계속 알림을 받는다 / After a client closes, the others keep receiving, and no error is logged")
        void closedClientCausesNoError(Check check) throws InterruptedException {
            Schedule schedule = Schedule.of(check);
            List<Probe> clients = check.connect(3);
            schedule.expectNotification(schedule.notificationHint(), clients.toArray(Probe[]::new));
            clients.get(1).close();
            Msg hint = Msg.of("닫힌 연결에 보내면 예외가 납니다. 직접 만든 목록 말고 getConnections() 를 돌고, isOpen() 인 클라이언트에게만 보내나요?",
                    "Sending to a closed connection throws. Do you loop over getConnections() (not a list of your own) and send only to clients that are isOpen()?");
            for (int round = 0; round < 2; round++) {
                schedule.expectNotification(hint, clients.get(0), clients.get(2));
            }
            schedule.expectNoErrors(Msg.of(clients.get(1).name() + " 이(가) 닫은 뒤", "After " + clients.get(1).name() + " closed,"), hint);
        }
    }

    @Nested
    @Tag("task:4")
    @DisplayName("과제 4 · 모든 레슨의 공통 규칙 / Task 4 · Rules for every lesson")
    class Rules {

        @Test
        @DisplayName("close 프레임 없이 사라진 클라이언트가 있어도 나머지는 계속 알림을 받는다 / A client that vanishes without a close frame does not stop the notifications")
        void vanishedClient(Check check) throws Exception {
            EveryLesson.vanishedClient(check, new NotifyingService(check, Msg.of(
                    "사라진 연결에 보내다 난 예외가 타이머를 멈추지 않나요? isOpen() 인 클라이언트에게만 보내세요.",
                    "Does an exception from sending to the vanished connection stop the timer? Send only to clients that are isOpen().")));
        }

        @Test
        @DisplayName("바이너리 프레임을 받아도 알림은 계속된다 / A binary frame from a client does not stop the notifications")
        void binaryFromClient(Check check) {
            EveryLesson.binaryFromClient(check, new NotifyingService(check));
        }

        @Test
        @DisplayName("stop() 이 모든 연결을 닫고, 포트를 놓고, 타이머 스레드를 남기지 않는다 / stop() closes every connection, releases the port and leaves no timer thread")
        void stopEndsTheTimer(Check check) throws Exception {
            EveryLesson.stopReleasesEverything(check, new NotifyingService(check));
        }
    }

    /** Tutorial 004's way, in its own class: a timer per connection. Optional: the lesson is done without it. */
    @Nested
    @Tag("task:5")
    @Tag(LessonChecks.OPTIONAL_TAG)
    @DisplayName("과제 5 (선택) · 연결마다 타이머를 두고 닫히면 멈춘다 / Task 5 (optional) · A timer per connection, cancelled on close")
    class Task5 {

        @Test
        @DisplayName("연결하면 그 연결의 타이머가 생기고, 닫으면 취소된다 / Connecting starts that connection's timer, and closing cancels it")
        void timerPerConnection(Check check) throws InterruptedException {
            check.onlyInProcess(Msg.of("타이머는 채점기가 직접 시작한 서버에서만 셀 수 있습니다", "the grader counts the timers of a server it starts itself"));
            ConnectionTimers timers = ConnectionTimers.start(check, Schedule.IN_PROCESS_PERIOD);
            Schedule schedule = Schedule.ofBuilt(check, Schedule.IN_PROCESS_PERIOD);
            Probe first = schedule.connect(1).get(0);
            schedule.expectFirstNotification(first, ConnectionTimers.START_HINT);
            Probe second = schedule.connect(1).get(0);
            schedule.expectFirstNotification(second, ConnectionTimers.START_HINT);
            timers.expectAtMost(2, Msg.of(second.name() + " 이(가) 연결한 뒤", "after " + second.name() + " connected"));
            first.close();
            timers.expectAtMost(1, Msg.of(first.name() + " 이(가) 닫은 뒤", "after " + first.name() + " closed"));
            schedule.expectNotification(ConnectionTimers.START_HINT, second);
            second.close();
            timers.expectAtMost(0, Msg.of(second.name() + " 도 닫은 뒤", "after " + second.name() + " closed too"));
        }

        @Test
        @DisplayName("클라이언트 200개가 오가도 타이머가 남지 않는다 / After 200 clients come and go, no timer is left")
        void noTimerLeftBehind(Check check) throws InterruptedException {
            check.onlyInProcess(Msg.of("타이머는 채점기가 직접 시작한 서버에서만 셀 수 있습니다", "the grader counts the timers of a server it starts itself"));
            // A long period: a timer that was never cancelled is still waiting for its first run when the grader looks.
            ConnectionTimers timers = ConnectionTimers.start(check, Duration.ofSeconds(5));
            Probe first = check.connect();
            timers.expectAtMost(1, Msg.of(first.name() + " 이(가) 연결한 뒤", "after " + first.name() + " connected"));
            first.close();
            timers.expectAtMost(0, Msg.of(first.name() + " 이(가) 닫은 뒤", "after " + first.name() + " closed"));
            List<String> threadsBefore = timers.threads();
            int connected = Crowd.comeAndGo(check, 200, 20);
            Msg after = Msg.of("클라이언트 " + connected + "개가 연결했다가 닫은 뒤", "after " + connected + " clients connected and closed");
            timers.expectAtMost(0, after);
            timers.expectThreadsAtMost(threadsBefore, after);
            Schedule.ofBuilt(check, Duration.ofSeconds(5)).expectNoErrors(Msg.of("클라이언트들이 오간 뒤", "After the clients came and went,"),
                    ConnectionTimers.CANCEL_HINT);
        }
    }

    @Nested
    @Tag("task:6")
    @DisplayName("과제 6 · 브라우저 클라이언트 / Task 6 · Browser client")
    class BrowserClient extends workbook.grader.clients.NotificationClientTask {
    }
}
