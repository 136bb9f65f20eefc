package workbook.grader.broken.lesson07.room;

import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;

/**
 * The count of {@link CountsConnections} with its race held open, so that it shows on every run: before counting,
 * onOpen lets the next arrival of a burst catch up (at most 100 ms), as a slow onOpen (a database lookup, a log
 * written to a slow disk) would. The plain version fails the same check only now and then.
 */
public class CountsConnectionsSlowly extends CountsConnections {

    public CountsConnectionsSlowly(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        int here = getConnections().size();
        try {
            Awaitility.await().atMost(Duration.ofMillis(100)).pollInterval(Duration.ofMillis(1))
                    .until(() -> getConnections().size() > here);
        } catch (ConditionTimeoutException nobodyElseCame) {
            // count anyway
        }
        super.onOpen(conn, handshake);
    }
}
