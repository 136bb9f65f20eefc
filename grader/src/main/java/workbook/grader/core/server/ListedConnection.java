package workbook.grader.core.server;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.java_websocket.WebSocket;
import org.java_websocket.WebSocketImpl;
import workbook.support.LessonServer;

/**
 * One of the connections a server lists in {@code getConnections()}, as the checks see it: whether it is still open
 * ({@code isOpen()}), and how many frames wait in the server's own queue to be written to it.
 */
public record ListedConnection(boolean open, int queued) {

    /** The connection of {@code server} whose remote port is {@code clientPort}, if the server lists it. */
    public static Optional<ListedConnection> of(LessonServer server, int clientPort) {
        for (WebSocket conn : server.getConnections()) {
            InetSocketAddress remote;
            try {
                remote = conn.getRemoteSocketAddress();
            } catch (RuntimeException closing) {
                continue;
            }
            if (remote != null && remote.getPort() == clientPort) {
                return Optional.of(new ListedConnection(conn.isOpen(),
                        conn instanceof WebSocketImpl impl ? impl.outQueue.size() : 0));
            }
        }
        return Optional.empty();
    }

    /** As fields on grade-class's wire: none when not listed, else "open" or "closing" and the queue's length. */
    public static List<String> fields(Optional<ListedConnection> listed) {
        return listed.map(conn -> List.of(conn.open ? "open" : "closing", String.valueOf(conn.queued))).orElse(List.of());
    }

    /** Read back from {@link #fields}. */
    public static Optional<ListedConnection> parse(List<String> fields) {
        return fields.isEmpty() ? Optional.empty()
                : Optional.of(new ListedConnection(fields.get(0).equals("open"), Integer.parseInt(fields.get(1))));
    }
}
