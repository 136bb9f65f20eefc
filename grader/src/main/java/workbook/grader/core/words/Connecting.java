package workbook.grader.core.words;

import java.net.ConnectException;
import java.time.Duration;
import workbook.grader.core.server.ServerUnderTest;

/**
 * What a report says when a client's WebSocket connection did not open: refused, answered with something other than
 * a handshake, never answered, or answered after the grader had stopped waiting. The rest of a report's words are in
 * {@link Explain}.
 */
public final class Connecting {

    private static final Msg HELD_UP = Msg.of(
            "생성자나 onOpen, onMessage 가 기다리거나 돌고 있지 않나요 (Thread.sleep, 끝나지 않는 반복, 막히는 호출)? 콜백 하나에 묶인 서버는 새 연결의 핸드셰이크에 답하지 못합니다.",
            "Does your server's constructor, onOpen or onMessage wait or loop (Thread.sleep, an endless loop, a blocking call)?"
                    + " A server held up in one callback cannot answer new connections' handshakes.");

    private Connecting() {
    }

    public static Msg connectFailure(String client, ServerUnderTest server, Exception error, Duration timeout) {
        if (error instanceof ConnectException) {
            return Msg.of(client + " 의 연결이 거부되었습니다 (" + server.webSocketUri() + "). 서버가 그 포트에서 실행 중인가요?",
                    client + "'s connection was refused (" + server.webSocketUri()
                            + "). Is your server running, on the port it was given?");
        }
        if (error != null) {
            return Msg.of(client + " 이(가) WebSocket 연결을 마치지 못했습니다 (" + server.webSocketUri()
                            + "). 그 포트에서 무언가 답하지만 WebSocket 핸드셰이크가 아닙니다." + detail(error),
                    client + " could not complete a WebSocket connection (" + server.webSocketUri()
                            + "): something answers on that port, but not with a WebSocket handshake." + detail(error));
        }
        return Msg.of(client + " 이(가) " + timeout.toMillis() + " ms 안에 WebSocket 연결을 마치지 못했습니다 (" + server.webSocketUri()
                        + "). 그 포트는 연결을 받았지만 핸드셰이크에 아무 답도 오지 않았습니다.",
                client + " could not complete a WebSocket connection within " + timeout.toMillis() + " ms ("
                        + server.webSocketUri() + "): the port took the connection, but no answer to the handshake came.");
    }

    /** The handshake was answered, but only after the grader had stopped waiting for it. */
    public static Msg connectedLate(String client, ServerUnderTest server, Duration openedAfter, Duration timeout) {
        return Msg.of(client + " 의 WebSocket 연결이 " + openedAfter.toMillis() + " ms 뒤에야 열렸습니다 (" + server.webSocketUri()
                        + "). 채점기는 핸드셰이크를 " + timeout.toMillis() + " ms 까지 기다립니다.",
                client + "'s WebSocket connection opened only after " + openedAfter.toMillis() + " ms (" + server.webSocketUri()
                        + "); the grader waits up to " + timeout.toMillis() + " ms for a handshake.");
    }

    public static Msg connectedLateHint() {
        return Msg.of("서버가 답은 했지만 늦었습니다. ", "Your server did answer, but late. ").plus(HELD_UP)
                .plus(Msg.of(" 그런 코드가 없다면 컴퓨터가 몹시 바빴던 것이니 다시 채점해 보세요.",
                        " If your code does none of that, the machine was very busy: grade it again."));
    }

    /** The connection opened in time, then went without a close frame. */
    public static Msg droppedAtOnce(String client) {
        return Msg.of(client + " 의 연결이 열리자마자 close 프레임 없이 끊겼습니다.",
                client + "'s connection dropped as soon as it opened, without a close frame.");
    }

    public static Msg dropped() {
        return Msg.of("연결이 끊김 (close 프레임 없음)", "connection dropped (no close frame)");
    }

    public static Msg closedAtOnceHint() {
        return Msg.of("서버가 연결이 열리자마자 닫지 않나요 (onOpen 이나 'connection' 처리기 안의 close())?",
                "Does your server close a connection as soon as it opens (close() in onOpen, or in the 'connection' handler)?");
    }

    /** For a server that takes no new connection after a message: held up in a callback, then the check's own hint. */
    public static Msg heldUpHint(Msg hint) {
        return HELD_UP.plus(Msg.same(" ")).plus(hint);
    }

    /** "connected only after 3712 ms", for a report's Got line. */
    public static Msg connectedAfter(Duration openedAfter) {
        return Msg.of(openedAfter.toMillis() + " ms 뒤에야 연결됨", "connected only after " + openedAfter.toMillis() + " ms");
    }

    /** {@code error}: why the connection failed, as the library said; null when the handshake went unanswered. */
    public static Msg connectHint(ServerUnderTest server, Exception error) {
        if (error == null) {
            return HELD_UP;
        }
        if (server.inProcess().isPresent()) {
            return Msg.of("생성자에서 받은 port 를 super(port) 로 넘기고 있나요?", "Does your constructor pass its port to super(port)?");
        }
        return Msg.of("서버를 먼저 실행하고 (예: node server.js), 주소와 포트가 맞는지 확인하세요.",
                "Start your server first (for example node server.js) and check the address and port.");
    }

    public static Msg isConnected(String client) {
        return Msg.of(client + " 의 연결이 열림", client + " is connected");
    }

    public static Msg notConnected(boolean refused) {
        return Msg.of(refused ? "연결 거부" : "연결되지 않음", refused ? "connection refused" : "not connected");
    }

    private static String detail(Exception error) {
        return error == null ? "" : " (" + error + ")";
    }
}
