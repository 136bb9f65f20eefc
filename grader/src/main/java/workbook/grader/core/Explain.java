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
        String why = switch (code) {
            case 1000 -> "정상 종료 / a normal close";
            case 1001 -> "서버가 떠남 / the server is going away";
            case 1006 -> "비정상 종료: close 프레임 없이 연결이 끊김, 서버가 죽었거나 소켓을 닫았을 때 / an abnormal close: the connection dropped without a close frame, as when the server crashes";
            case 1011 -> "서버 내부 오류 / an internal error in the server";
            default -> "코드 " + code + " / code " + code;
        };
        return Msg.of("서버가 " + client + " 의 연결을 닫았습니다 (코드 " + code + ": " + why.split(" / ")[0] + ").",
                "The server closed " + client + "'s connection (code " + code + ": " + why.substring(why.indexOf(" / ") + 3) + ").");
    }

    static Msg notImplemented(UnsupportedOperationException stub, Lesson lesson) {
        String where = whereInLesson(stub);
        return Msg.of("아직 구현하지 않았습니다: " + where + " 이(가) 아직 스텁의 예외를 던집니다 (" + stub.getMessage() + ").",
                "Not implemented yet: " + where + " still throws the stub's exception (" + stub.getMessage() + ").");
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
