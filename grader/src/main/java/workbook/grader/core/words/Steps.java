package workbook.grader.core.words;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/** The steps a check writes in its {@link Journal}: what the grader did, in words a learner can repeat by hand. */
public final class Steps {

    private Steps() {
    }

    public static Msg gradedRunningServer(URI webSocket) {
        return Msg.of("채점 대상: " + webSocket + " 에서 이미 실행 중인 서버", "graded a server already running at " + webSocket);
    }

    public static Msg startedServer(Msg description) {
        return Msg.of("서버를 시작함: ", "started the server: ").plus(description);
    }

    public static Msg builtWithPortZero(String simpleName) {
        return Msg.of("서버 " + simpleName + " 을(를) 포트 0 으로 만들고 start() 를 부름",
                "built " + simpleName + " with port 0 and called start()");
    }

    public static Msg connected(String client, URI uri) {
        return Msg.of(client + " 이(가) " + uri + " 에 연결함", client + " connected to " + uri);
    }

    public static Msg connectedAtOnce(String names, int count, URI uri) {
        return Msg.of(names + " (" + count + "개) 이(가) 동시에 " + uri + " 에 연결함",
                names + " (" + count + " clients) connected to " + uri + " at the same time");
    }

    public static Msg waitedForNextFrame(String client, Duration within) {
        return Msg.of(client + " 의 다음 프레임을 최대 " + within.toMillis() + " ms 기다림",
                "waited up to " + within.toMillis() + " ms for " + client + "'s next frame");
    }

    public static Msg checkedInOrder(String client, int count, Duration each) {
        return Msg.of(client + " 이(가) " + count + "개의 메시지를 순서대로 받는지 확인함 (각각 최대 " + each.toMillis() + " ms)",
                "checked that " + client + " receives " + count + " messages in order (up to " + each.toMillis() + " ms each)");
    }

    public static Msg checkedEach(String names, String expected, Duration each) {
        return Msg.of(names + " 이(가) 각각 다음 프레임으로 텍스트 " + Quote.text(expected) + " 을(를) 받는지 확인함 (각각 최대 "
                        + each.toMillis() + " ms)",
                "checked that " + names + " each receive text " + Quote.text(expected) + " next (up to "
                        + each.toMillis() + " ms each)");
    }

    public static Msg watchedForSilence(List<String> names, Duration window) {
        return Msg.of(window.toMillis() + " ms 동안 " + String.join(", ", names) + " 에게 아무것도 더 오지 않는지 지켜봄",
                "watched " + String.join(", ", names) + " for " + window.toMillis() + " ms to make sure nothing else arrives");
    }

    public static Msg drained(Duration settle, Duration window) {
        return Msg.of("서버의 응답을 받아 두고 넘어감 (텍스트라면 무엇이든 괜찮음): 클라이언트마다 ping 의 pong 이 돌아온 뒤 "
                        + settle.toMillis() + " ms 더, 모두 합쳐 적어도 " + settle.toMillis() + " ms, 많아야 "
                        + window.toMillis() + " ms",
                "let the server answer and set the answers aside (any text is fine): until each client's ping came back "
                        + "as a pong, then " + settle.toMillis() + " ms more, " + window.toMillis() + " ms at most");
    }

    public static Msg serverErrorsNotVisible() {
        return Msg.of("서버 코드의 예외는 볼 수 없어 확인하지 않음 (채점기 밖에서 실행 중인 서버)",
                "did not look for exceptions in the server's code: it runs outside the grader");
    }

    public static Msg lookedForServerErrors() {
        return Msg.of("서버 코드가 예외를 던지지 않았는지 확인함", "checked that the server's code threw no exception");
    }

    /** {@code seen}: what the extra connection found ({@link Explain#stillThereOutcome}). */
    public static Msg askedStillThere(Duration timeout, Msg seen) {
        return Msg.of("서버가 아직 실행 중인지 보려고 새 연결을 하나 열어 봄 (최대 " + timeout.toMillis() + " ms): ",
                "opened one more connection to see whether the server is still running (up to " + timeout.toMillis()
                        + " ms): ").plus(seen);
    }
}
