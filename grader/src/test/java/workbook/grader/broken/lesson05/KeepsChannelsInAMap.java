package workbook.grader.broken.lesson05;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.java_websocket.WebSocket;

/**
 * Right by CONTRACT.md, though not the reference's way: each client's channel is kept in a map of the server's own
 * instead of the connection's attachment, and taken out when the client leaves.
 */
public class KeepsChannelsInAMap extends WorkingChannels {
    private final Map<WebSocket, String> channels = new ConcurrentHashMap<>();

    public KeepsChannelsInAMap(int port) {
        super(port);
    }

    @Override
    void subscribe(WebSocket conn, String channel) {
        channels.put(conn, channel);
        conn.send("Subscribed to channel: " + channel);
    }

    @Override
    boolean inChannel(WebSocket client, String channel) {
        return channel.equals(channels.get(client));
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        channels.remove(conn);
    }
}
