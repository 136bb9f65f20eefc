package workbook.grader.broken.lesson07.room;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/**
 * A room in a Collections.synchronizedSet: each call is safe on its own, but add, count and send are three separate
 * steps, so two arrivals can both count 2, or send their counts in the wrong order.
 */
public class SynchronizedSetInSteps extends WorkingChatRoom {

    private final Set<WebSocket> members = Collections.synchronizedSet(new HashSet<>());

    public SynchronizedSetInSteps(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        members.add(conn);
        int count = members.size();
        sendToRoom(joinLine(count));
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (members.remove(conn) && !stopping) {
            int count = members.size();
            sendToRoom(leaveLine(count));
        }
    }

    @Override
    protected void sendToRoom(String text) {
        List<WebSocket> everyone;
        synchronized (members) {
            everyone = new ArrayList<>(members);
        }
        for (WebSocket client : everyone) {
            if (client.isOpen()) {
                client.send(text);
            }
        }
    }
}
