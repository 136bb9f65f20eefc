package workbook.grader.core;

import java.net.ConnectException;
import java.time.Duration;
import workbook.grader.core.Lessons.Lesson;

/** Turns what went wrong on the wire into words a beginner can act on. */
final class Explain {

    private Explain() {
    }

    static Msg connectFailure(String client, ServerUnderTest server, Exception error, Duration timeout) {
        if (error instanceof ConnectException) {
            return Msg.of(client + " 의 연결이 거부되었습니다 (" + server.webSocketUri() + "). 서버가 그 포트에서 실행 중인가요?",
                    client + "'s connection was refused (" + server.webSocketUri()
                            + "). Is your server running, on the port it was given?");
        }
        return Msg.of(client + " 이(가) " + timeout.toMillis() + " ms 안에 WebSocket 연결을 마치지 못했습니다 (" + server.webSocketUri()
                        + "). 포트는 열려 있지만 WebSocket 핸드셰이크에 답하지 않습니다." + detail(error),
                client + " could not complete a WebSocket connection within " + timeout.toMillis() + " ms ("
                        + server.webSocketUri() + "): something answers on that port, but not with a WebSocket handshake."
                        + detail(error));
    }

    static Msg connectHint(ServerUnderTest server) {
        if (server.inProcess().isPresent()) {
            return Msg.of("생성자에서 받은 port 를 super(port) 로 넘기고 있나요? onOpen 에서 예외가 나거나 오래 기다리지 않나요?",
                    "Does your constructor pass its port to super(port)? Does onOpen throw or wait?");
        }
        return Msg.of("서버를 먼저 실행하고 (예: node server.js), 주소와 포트가 맞는지 확인하세요.",
                "Start your server first (for example node server.js) and check the address and port.");
    }

    static Msg binaryFrame(String client) {
        return Msg.of(client + " 이(가) 텍스트 대신 바이너리 프레임을 받았습니다. 브라우저는 바이너리 프레임을 글자가 아니라 [object Blob] 으로 보여 줍니다.",
                client + " received a binary frame where text was expected. A browser shows a binary frame as [object Blob], not as text.");
    }

    static Msg binaryHint() {
        return Msg.of("문자열(String)을 보내세요. Node 의 ws 8 이상에서는 받은 message 가 Buffer 이므로 그대로 다시 보내면 바이너리가 됩니다: message.toString() 을 보내세요.",
                "Send a String. In Node's ws 8 or later a received message is a Buffer, and sending it on as it is sends binary: send message.toString().");
    }

    static Msg earlyClose(String client, int code) {
        Msg why = closeMeaning(code);
        return Msg.of("서버가 " + client + " 의 연결을 닫았습니다 (코드 " + code + ": " + why.ko() + ").",
                "The server closed " + client + "'s connection (code " + code + ": " + why.en() + ").");
    }

    /** "client-1's connection closed (code 1006: an abnormal close: ...)", to follow {@link #stoppedAnswering}. */
    static Msg connectionClosed(String client, int code) {
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
    static Msg stoppedAnswering(Msg lastSent, Msg whatHappened) {
        return Msg.of("서버가 " + lastSent.ko() + " 뒤로 응답을 멈췄습니다: " + whatHappened.ko(),
                "The server stopped answering after " + lastSent.en() + ": " + whatHappened.en());
    }

    /** How the grader's extra connection failed, when it asked whether the server is still there. */
    enum NewConnection { REFUSED, DROPPED, NO_HANDSHAKE }

    /** What the grader saw when it tried one more connection, for {@link #stoppedAnswering}. */
    static Msg newConnections(NewConnection outcome, Duration timeout) {
        return switch (outcome) {
            case REFUSED -> Msg.of("새 연결도 거부됩니다. 서버가 죽었나요?", "new connections are refused. Did the server crash?");
            case DROPPED -> Msg.of("새 연결도 핸드셰이크 전에 끊깁니다. 서버가 죽었나요?",
                    "a new connection is dropped before its handshake. Did the server crash?");
            case NO_HANDSHAKE -> Msg.of("새 연결도 " + timeout.toMillis() + " ms 안에 WebSocket 핸드셰이크를 마치지 못합니다. 서버가 멈췄나요?",
                    "a new connection gets no WebSocket handshake within " + timeout.toMillis() + " ms either. Is the server stuck?");
        };
    }

    static Msg crashHint(ServerUnderTest server) {
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
    static Msg notImplemented(UnsupportedOperationException stub, Lesson lesson, boolean codeRanFirst) {
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
    static String whereInLesson(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getClassName().startsWith("workbook.lesson")) {
                String simple = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                return simple + "." + frame.getMethodName() + " (line " + frame.getLineNumber() + ")";
            }
        }
        return "the server";
    }

    private static String detail(Exception error) {
        return error == null ? "" : " (" + error + ")";
    }
}
