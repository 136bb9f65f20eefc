package workbook.grader.core.words;

import java.time.Duration;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.server.ServerUnderTest;

/**
 * Turns what went wrong on the wire into words a beginner can act on: every sentence of a failed check's report that
 * the check itself does not write, but for a connection that did not open ({@link Connecting}). What the grader did,
 * step by step, is in {@link Steps}.
 */
public final class Explain {

    private Explain() {
    }

    public static Msg binaryFrame(String client) {
        return Msg.of(client + " 이(가) 텍스트 대신 바이너리 프레임을 받았습니다. 브라우저는 바이너리 프레임을 글자가 아니라 [object Blob] 으로 보여 줍니다.",
                client + " received a binary frame where text was expected. A browser shows a binary frame as [object Blob], not as text.");
    }

    public static Msg binaryHint() {
        return Msg.of("문자열(String)을 보내세요. Node 의 ws 8 이상에서는 받은 message 가 Buffer 이므로 그대로 다시 보내면 바이너리가 됩니다: message.toString() 을 보내세요.",
                "Send a String. In Node's ws 8 or later a received message is a Buffer, and sending it on as it is sends binary: send message.toString().");
    }

    public static Msg earlyClose(String client, int code) {
        Msg why = closeMeaning(code);
        return Msg.of("서버가 " + client + " 의 연결을 닫았습니다 (코드 " + code + ": " + why.ko() + ").",
                "The server closed " + client + "'s connection (code " + code + ": " + why.en() + ").");
    }

    /** "client-1's connection closed (code 1006: an abnormal close: ...)", to follow {@link #stoppedAnswering}. */
    public static Msg connectionClosed(String client, int code) {
        Msg why = closeMeaning(code);
        return Msg.of(client + " 의 연결이 닫혔습니다 (코드 " + code + ": " + why.ko() + ")",
                client + "'s connection closed (code " + code + ": " + why.en() + ")");
    }

    private static Msg closeMeaning(int code) {
        return switch (code) {
            case 1000 -> Msg.of("정상 종료", "a normal close");
            case 1001 -> Msg.of("서버가 떠남", "the server is going away");
            case 1006 -> Msg.of("비정상 종료: close 프레임 없이 연결이 끊김, 서버가 죽었거나 소켓을 닫았을 때",
                    "an abnormal close: the connection dropped without a close frame, as when the server crashes");
            case 1003 -> Msg.of("서버가 받을 수 없는 데이터라며 거절함", "the server refuses data it cannot accept");
            case 1008 -> Msg.of("정책 위반", "a policy violation");
            case 1009 -> Msg.of("메시지가 너무 큼", "the message is too big");
            case 1011 -> Msg.of("서버 내부 오류", "an internal error in the server");
            default -> Msg.of("코드 " + code, "code " + code);
        };
    }

    /**
     * The first line when the server went quiet or away after a message: it names that message, so "timeout" or
     * "connection closed" reads as what it most likely was, a server that crashed on what it was sent.
     */
    public static Msg stoppedAnswering(Msg lastSent, Msg whatHappened) {
        return Msg.of("서버가 " + lastSent.ko() + " 뒤로 응답을 멈췄습니다: " + whatHappened.ko(),
                "The server stopped answering after " + lastSent.en() + ": " + whatHappened.en());
    }

    /** How the grader's extra connection failed, when it asked whether the server is still there. */
    public enum NewConnection { REFUSED, DROPPED, NO_HANDSHAKE }

    /** What the grader saw when it tried one more connection, for {@link #stoppedAnswering}. */
    public static Msg newConnections(NewConnection outcome, Duration timeout) {
        return switch (outcome) {
            case REFUSED -> Msg.of("새 연결도 거부됩니다. 서버가 죽었나요?", "new connections are refused. Did the server crash?");
            case DROPPED -> Msg.of("새 연결도 핸드셰이크 전에 끊깁니다. 서버가 죽었나요?",
                    "a new connection is dropped before its handshake. Did the server crash?");
            case NO_HANDSHAKE -> Msg.of("새 연결도 " + timeout.toMillis() + " ms 안에 WebSocket 핸드셰이크를 마치지 못합니다. 서버가 멈췄나요?",
                    "a new connection gets no WebSocket handshake within " + timeout.toMillis() + " ms either. Is the server stuck?");
        };
    }

    public static Msg crashHint(ServerUnderTest server) {
        if (server.inProcess().isPresent()) {
            return Msg.of("그 메시지를 처리하다가 연결을 닫거나 서버를 멈추지 않나요? 잘못된 입력에서 나는 예외는 잡아서 오류 메시지로 답하세요.",
                    "Does handling that message close the connection or stop the server? Catch what bad input throws and answer with an error message instead.");
        }
        return Msg.of("서버 콘솔을 보세요: 그 메시지에서 예외로 죽지 않았나요? Node 에서 JSON.parse 는 JSON 이 아닌 글자에 예외를 던지고, 잡지 않은 예외는 프로세스를 끝냅니다. try/catch 로 감싸고 오류 메시지로 답하세요.",
                "Look at your server's console: did it die with an exception on that message? In Node, JSON.parse throws on text that is not JSON, and an uncaught exception ends the process: wrap it in try/catch and answer with an error message instead.");
    }

    /**
     * The stub's exception reached the grader. {@code codeRanFirst}: clients had already received frames from that
     * code, so the learner wrote a body and left the stub's {@code throw} line below it.
     */
    public static Msg notImplemented(UnsupportedOperationException stub, Lesson lesson, boolean codeRanFirst) {
        String where = whereInLesson(stub);
        String whereKo = where.equals("the server") ? "서버 코드" : where;
        Msg words = Msg.ofDisplayName(String.valueOf(stub.getMessage()));
        if (codeRanFirst) {
            return Msg.of("스텁의 throw 줄이 남아 있습니다: " + whereKo + "에서 내 코드가 실행된 뒤 (클라이언트가 이미 프레임을 받았습니다) "
                            + "그 아래에 남은 스텁의 throw 줄이 UnsupportedOperationException 을 던집니다.",
                    "The stub's throw line is still there: in " + where + ", your code ran (clients already received "
                            + "frames), then the stub's throw line left below it threw UnsupportedOperationException.");
        }
        return Msg.of("아직 구현하지 않았습니다: " + whereKo + " 이(가) 아직 스텁의 예외를 던집니다 (" + words.ko() + ").",
                "Not implemented yet: " + where + " still throws the stub's exception (" + words.en() + ").");
    }

    /** "EchoServer.onMessage (line 24)": the first frame of the stack that is in a lesson's own code. */
    public static String whereInLesson(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("workbook.lesson")) {
                String simple = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                return simple + "." + frame.getMethodName() + " (line " + frame.getLineNumber() + ")";
            }
        }
        return "the server";
    }

    // What a check expected and got, and the hints of the failures every check shares.

    public static Msg serverDidNotStart() {
        return Msg.of("서버가 시작되지 않았습니다.", "The server did not start.");
    }

    public static Msg listensWithin(Duration bound) {
        return Msg.of("서버가 " + bound.toMillis() + " ms 안에 포트를 열고 기다림", "the server listens within " + bound.toMillis() + " ms");
    }

    public static Msg startHint() {
        return Msg.of("생성자와 onStart 에서 예외가 나지 않는지, 생성자의 매개변수를 바꾸지 않았는지 확인하세요.",
                "Check that the constructor and onStart throw nothing and that the constructor keeps the stub's parameters.");
    }

    public static Msg classNotFound() {
        return Msg.of("레슨 클래스를 찾지 못했습니다.", "The lesson's class was not found.");
    }

    public static Msg classNotFoundHint() {
        return Msg.of("클래스 이름과 package 줄을 스텁 그대로 두세요.", "Keep the class name and the package line as the stub has them.");
    }

    public static Msg receivesText(String client, String expected) {
        return Msg.of(client + " 이(가) 텍스트 " + Quote.text(expected) + " 을(를) 받음", client + " receives text " + Quote.text(expected));
    }

    public static Msg receivedNothing(String client, Duration within) {
        return Msg.of(client + " 이(가) " + within.toMillis() + " ms 동안 아무것도 받지 못했습니다.",
                client + " received nothing within " + within.toMillis() + " ms.");
    }

    public static Msg nothingArrived() {
        return Msg.of("아무것도 오지 않음", "nothing arrived");
    }

    public static Msg nthText(int n, String expected) {
        return Msg.of(n + "번째로 텍스트 " + Quote.text(expected), "message " + n + " to be text " + Quote.text(expected));
    }

    public static Msg missedNth(String client, int n) {
        return Msg.of(client + " 이(가) " + n + "번째 메시지를 받지 못했습니다.", client + " did not receive message " + n + ".");
    }

    public static Msg nothingWithin(Duration bound) {
        return Msg.of(bound.toMillis() + " ms 동안 아무것도 오지 않음", "nothing within " + bound.toMillis() + " ms");
    }

    /** {@code window}: how long the grader watched, or null where it only looked at what had arrived. */
    public static Msg nothingReaches(String client, Duration window) {
        return window == null
                ? Msg.of(client + " 에게는 아무것도 오지 않음", "nothing reaches " + client)
                : Msg.of(window.toMillis() + " ms 동안 " + client + " 에게는 아무것도 오지 않음",
                        "nothing reaches " + client + " within " + window.toMillis() + " ms");
    }

    public static Msg unwantedFrame(String client) {
        return Msg.of(client + " 이(가) 받지 말아야 할 프레임을 받았습니다.", client + " received a frame it should not have.");
    }

    public static Msg sameTextAgain(String client) {
        return Msg.of(client + " 이(가) 방금 받은 텍스트를 한 번 더 받았습니다. 한 번만 와야 합니다.",
                client + " received the text it had just received once more, where it should come once.");
    }

    public static Msg differentText(String client) {
        return Msg.of(client + " 이(가) 다른 텍스트를 받았습니다.", client + " received a different text.");
    }

    public static Msg textFramesOnly() {
        return Msg.of("텍스트 프레임만", "text frames only");
    }

    /** {@code where}: {@link #whereInLesson}, "the server" when the stack does not reach the lesson's code. */
    public static Msg serverThrew(String exception, String where) {
        boolean located = !where.equals("the server");
        return Msg.of("서버 코드가 " + (located ? where + " 에서 " : "") + exception + " 예외를 던졌습니다.",
                "Your server's code threw " + exception + (located ? " in " + where : "") + ".");
    }

    public static Msg noException() {
        return Msg.of("예외 없음", "no exception");
    }

    /** "client-1 received nothing within 2000 ms, and " followed by what a new connection found. */
    public static Msg receivedNothingAnd(String client, Duration waited, Msg gone) {
        return Msg.of(client + " 은(는) " + waited.toMillis() + " ms 동안 아무것도 받지 못했고, ",
                client + " received nothing within " + waited.toMillis() + " ms, and ").plus(gone);
    }

    /** "client-1's connection closed (...)" then ", and " what a new connection found, or a full stop. */
    public static Msg connectionClosedAnd(String client, int code, java.util.Optional<Msg> gone) {
        return connectionClosed(client, code).plus(gone.map(g -> Msg.same(", and ").plus(g)).orElse(Msg.same(".")));
    }

    public static Msg earlyCloseAfter(String client, int code, Msg lastSent) {
        return earlyClose(client, code)
                .plus(Msg.of(" 마지막으로 보낸 것: " + lastSent.ko() + " 메시지.", " The last message before it: " + lastSent.en() + "."));
    }

    /** {@link #crashHint} followed by the check's own hint. */
    public static Msg crashHint(ServerUnderTest server, Msg hint) {
        return crashHint(server).plus(Msg.same(" ")).plus(hint);
    }

    /** What the extra connection of "is the server still there?" found, for the journal. */
    public static Msg stillThereOutcome(boolean connected, NewConnection outcome) {
        return connected ? Msg.of("연결됨", "connected") : switch (outcome) {
            case REFUSED -> Msg.of("거부됨", "refused");
            case DROPPED -> Msg.of("핸드셰이크 전에 끊김", "dropped before the handshake");
            case NO_HANDSHAKE -> Msg.of("핸드셰이크 없음", "no handshake");
        };
    }

    public static Msg stubExpected(boolean codeRanFirst) {
        return codeRanFirst ? Msg.of("레슨의 동작, 예외 없이", "the lesson's behaviour, without an exception")
                : Msg.of("레슨의 동작", "the lesson's behaviour");
    }

    public static Msg stubGot(boolean codeRanFirst) {
        return codeRanFirst
                ? Msg.of("내 코드가 보낸 프레임, 그리고 스텁의 UnsupportedOperationException",
                        "the frames your code sent, then the stub's UnsupportedOperationException")
                : Msg.of("스텁의 UnsupportedOperationException", "the stub's UnsupportedOperationException");
    }

    public static Msg stubHint(boolean codeRanFirst) {
        return codeRanFirst
                ? Msg.of("TODO 주석 아래의 throw 줄 (throw new UnsupportedOperationException(...);) 을 지우세요. 그 위에 쓴 코드는 그대로 두면 됩니다.",
                        "Delete the throw line under the TODO comment (throw new UnsupportedOperationException(...);); keep the code you wrote above it.")
                : Msg.of("TODO 주석 아래의 throw 줄을 지우고 그 자리에 코드를 쓰세요. 레슨 글의 과제를 순서대로 따라가세요.",
                        "Delete the throw line under the TODO comment and write your code there; follow the tasks of the lesson text in order.");
    }

    public static Msg sentOnClosed(String client) {
        return Msg.of(client + " 이(가) 보내려 했지만 연결이 이미 닫혀 있었습니다.", client + " tried to send, but its connection was already closed.");
    }

    public static Msg connectionOpen() {
        return Msg.of("연결이 열려 있음", "the connection is open");
    }

    public static Msg closedConnection() {
        return Msg.of("닫힌 연결", "a closed connection");
    }

    public static Msg sentOnClosedHint() {
        return Msg.of("서버가 연결을 닫거나, 예외로 연결이 끊긴 것은 아닌가요? onMessage 에서 conn.close() 를 부르지 않았는지 확인하세요.",
                "Did the server close the connection, or did an exception drop it? Check that onMessage does not call conn.close().");
    }

    public static Msg timedOut() {
        return Msg.of("검사가 제한 시간 안에 끝나지 않아 채점기가 멈췄습니다.", "The check did not finish in time, so the grader stopped it.");
    }

    /** {@code limit}: the check's time limit; lesson 06's checks have more time than the others. */
    public static Msg finishesWithin(Duration limit) {
        long seconds = limit.toSeconds();
        return seconds > 0 && limit.equals(Duration.ofSeconds(seconds))
                ? Msg.of("검사가 " + seconds + "초 안에 끝남", "the check finishes within " + seconds + (seconds == 1 ? " second" : " seconds"))
                : Msg.of("검사가 " + limit.toMillis() + " ms 안에 끝남", "the check finishes within " + limit.toMillis() + " ms");
    }

    public static Msg timeoutHint() {
        return Msg.of("서버가 콜백 안에서 오래 기다리거나 무한 반복하지 않는지 보세요.", "Look for a callback that waits or loops forever.");
    }

    public static Msg unexpectedError() {
        return Msg.of("채점 중 예상하지 못한 오류가 났습니다.", "The grader hit an unexpected error.");
    }

    public static Msg runsToItsEnd() {
        return Msg.of("검사가 끝까지 진행됨", "the check runs to its end");
    }

    public static Msg unexpectedHint() {
        return Msg.of("아래 과정과 서버 오류를 보세요. 채점기의 문제라고 생각되면 이 메시지를 그대로 알려 주세요.",
                "Read the steps and server errors below; if you think the grader is wrong, report this message as it is.");
    }
}
