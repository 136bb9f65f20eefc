package workbook.grader.broken.lesson05;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.java_websocket.WebSocket;

/** Adds each new subscription to the client's channels instead of moving it. */
public class KeepsClientInTwoChannels extends WorkingChannels {
    public KeepsClientInTwoChannels(int port) {
        super(port);
    }

    @Override
    void subscribe(WebSocket conn, String channel) {
        if (conn.getAttachment() == null) {
            conn.setAttachment(ConcurrentHashMap.newKeySet());
        }
        Set<String> channels = conn.getAttachment();
        channels.add(channel);
        conn.send("Subscribed to channel: " + channel);
    }

    @Override
    boolean inChannel(WebSocket client, String channel) {
        Set<String> channels = client.getAttachment();
        return channels != null && channels.contains(channel);
    }
}
