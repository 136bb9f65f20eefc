package workbook.grader.lessons.common;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;

/**
 * For the lessons that send to many clients: a client that has left, with a close frame or by vanishing, is
 * skipped, and sending to the others throws nothing (the tutorial's {@code readyState === WebSocket.OPEN} test).
 */
public final class LeavingClients {

    /** How long a server may take to notice a dropped connection before the check goes on regardless. */
    private static final Duration NOTICE_BOUND = Duration.ofSeconds(1);

    public static final Msg CHECK_IS_OPEN = Msg.of(
            "client.send(...) 전에 client.isOpen() 을 확인하나요? 튜토리얼의 client.readyState === WebSocket.OPEN 이 하는 일입니다."
                    + " 닫히는 중인 클라이언트는 잠시 목록에 남아 있을 수 있고, 닫힌 연결에 send 하면 WebsocketNotConnectedException 이 납니다.",
            "Do you check client.isOpen() before client.send(...)? That is what the tutorial's client.readyState === WebSocket.OPEN does."
                    + " A client that is closing can stay in the list for a moment, and send on a closed connection throws WebsocketNotConnectedException.");

    private interface Leave {
        void leave(Probe client) throws IOException, InterruptedException;
    }

    private LeavingClients() {
    }

    /** The last of three clients closes with a close frame; the other two go on sending and receiving. */
    public static void closedClientIsSkipped(Check check, Delivery delivery) throws IOException, InterruptedException {
        sendAfterOneLeaves(check, delivery, Probe::close);
    }

    /** The last of three clients drops its connection without a close frame; the other two go on. */
    public static void vanishedClientIsSkipped(Check check, Delivery delivery) throws IOException, InterruptedException {
        sendAfterOneLeaves(check, delivery, gone -> vanish(check, gone));
    }

    /**
     * Drops {@code gone}'s connection and, on a server the grader started, waits until the server has noticed before
     * anyone sends again. Without the wait, the next message can meet that connection in the microseconds between a
     * correct server's isOpen() and its send(), which then throws although the server did what the lesson teaches.
     */
    public static void vanish(Check check, Probe gone) throws IOException {
        int port = gone.localPort();
        gone.vanish();
        check.inProcess().ifPresent(server -> server.awaitUnlisted(port, NOTICE_BOUND));
    }

    private static void sendAfterOneLeaves(Check check, Delivery delivery, Leave how)
            throws IOException, InterruptedException {
        List<Probe> clients = new ArrayList<>(delivery.join(check, 3));
        Probe leaving = clients.remove(2);
        how.leave(leaving);
        delivery.verify(check, clients.get(0), clients, "who is still here?");
        delivery.verify(check, clients.get(1), clients, "just us two");
        check.expectSilence(delivery.hint(), clients.toArray(Probe[]::new));
        check.expectNoServerErrors(CHECK_IS_OPEN);
    }
}
