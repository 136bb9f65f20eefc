package workbook.grader.broken.lesson07.room;

import java.nio.file.Path;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/**
 * Counts the way the tutorial's JavaScript does, wss.clients.size: getConnections().size(). Node runs one callback at
 * a time; Java-WebSocket runs onOpen on several threads at once, and a newcomer is in getConnections() before its
 * onOpen runs, so two clients that arrive together can both be announced with the same count.
 */
public class CountsConnections extends WorkingChatRoom {

    public CountsConnections(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        sendToRoom(joinLine(getConnections().size()));
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        sendToRoom(leaveLine(getConnections().size()));
    }

    @Override
    protected void sendToRoom(String text) {
        for (WebSocket client : getConnections()) {
            if (client.isOpen()) {
                client.send(text);
            }
        }
    }
}
