package workbook.grader.lessons.broadcast;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import workbook.grader.core.Check;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.ListedConnection;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.common.Delivery;

/**
 * A client that is closing, still in getConnections() but no longer open, while the others send: the moment the
 * tutorial's readyState === WebSocket.OPEN test is for. Java-WebSocket keeps such a connection listed only for
 * microseconds, too short to meet by chance; a {@link StalledClient} holds it there, so a server that sends without
 * asking isOpen() throws in every run. Only for a server the grader started: it looks at the server's connections.
 */
public final class ClosingClients {

    private static final Duration BOUND = Duration.ofSeconds(1);
    /** Each filling message: big enough that few of them fill the way to a client that does not read. */
    private static final int FILL_SIZE = 256 * 1024;
    private static final int MAX_FILLS = 32;
    /**
     * Messages held back in the server's own queue before the close: with one, the kernel's send buffer (which grows
     * on loopback) could still take it and let the close answer through, ending the connection before the broadcast.
     */
    private static final int BACKLOG = 3;

    private ClosingClients() {
    }

    /** Two clients, and a third that stalls and then closes; while it is closing, the others send and receive. */
    public static void closingClientIsSkipped(Check check, Delivery delivery, Msg checkIsOpen)
            throws IOException, InterruptedException {
        check.onlyInProcess(Msg.of("닫히는 중인 연결은 채점기가 직접 시작한 서버에서만 볼 수 있습니다",
                "a closing connection can only be seen in a server the grader starts itself"));
        List<Probe> clients = delivery.join(check, 2);
        InProcessServer server = check.inProcess().orElseThrow();
        try (StalledClient stalled = StalledClient.connect(server.webSocketUri(), BOUND)) {
            check.journal().add("세 번째 클라이언트가 소켓으로 직접 연결한 뒤 더는 읽지 않음 (멈춘 브라우저 탭처럼)",
                    "a third client connected on a plain socket, then stopped reading (as a hung browser tab does)");
            server.awaitListed(stalled.localPort(), () -> true, BOUND);
            int fills = fillTheWay(check, delivery, clients, server, stalled);
            stalled.sendClose();
            boolean closing = awaitClosing(server, stalled);
            check.journal().add("세 번째 클라이언트가 close 프레임을 보냄. 서버의 답은 그 클라이언트가 읽지 않은 "
                            + fills + "개의 큰 메시지 뒤에서 기다리므로, 서버는 그 연결을 닫히는 중으로 목록에 둠: " + (closing ? "예" : "아니요"),
                    "the third client sent a close frame; the server's answer waits behind " + fills
                            + " big messages that client never read, so the server keeps the connection listed as closing: " + (closing ? "yes" : "no"));
            Probe sender = clients.get(1);
            String text = "who is still here?";
            Map<Probe, String> expected = delivery.expected(sender, clients, text);
            List<Integer> before = new ArrayList<>();
            clients.forEach(client -> before.add(client.received().size()));
            sender.send(delivery.wire(sender, text));
            try {
                Awaitility.await().atMost(Check.ANSWER_TIMEOUT).pollInterval(Duration.ofMillis(5)).until(() -> !server.errors().isEmpty()
                        || everyoneDue(clients, before, expected));
            } catch (ConditionTimeoutException e) {
                // the checks below say what is missing
            }
            check.expectNoServerErrors(checkIsOpen);
            for (Probe client : clients) {
                if (expected.containsKey(client)) {
                    delivery.expectReceived(check, client, expected.get(client));
                }
            }
            check.expectNothingPending(delivery.hint(), clients.toArray(Probe[]::new));
        }
    }

    /** Sends big messages until the server holds {@link #BACKLOG} of them back for the stalled client; returns how many. */
    private static int fillTheWay(Check check, Delivery delivery, List<Probe> clients, InProcessServer server,
                                  StalledClient stalled) {
        String big = "가".repeat(FILL_SIZE / 3);
        int fills = 0;
        while (fills < MAX_FILLS) {
            delivery.verify(check, clients.get(0), clients, big + fills);
            fills++;
            if (queued(server, stalled) >= BACKLOG) {
                break;
            }
        }
        return fills;
    }

    private static boolean everyoneDue(List<Probe> clients, List<Integer> before, Map<Probe, String> expected) {
        for (int i = 0; i < clients.size(); i++) {
            if (expected.containsKey(clients.get(i)) && clients.get(i).received().size() <= before.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean awaitClosing(InProcessServer server, StalledClient stalled) {
        try {
            Awaitility.await().atMost(BOUND).pollInterval(Duration.ofMillis(2))
                    .until(() -> server.listed(stalled.localPort()).map(conn -> !conn.open()).orElse(false));
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    private static int queued(InProcessServer server, StalledClient stalled) {
        return server.listed(stalled.localPort()).map(ListedConnection::queued).orElse(0);
    }
}
