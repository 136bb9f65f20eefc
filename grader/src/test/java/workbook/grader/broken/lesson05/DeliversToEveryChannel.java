package workbook.grader.broken.lesson05;

import org.java_websocket.WebSocket;

/** Sends a channel's message to every subscribed client, whatever its channel. */
public class DeliversToEveryChannel extends WorkingChannels {
    public DeliversToEveryChannel(int port) {
        super(port);
    }

    @Override
    boolean inChannel(WebSocket client, String channel) {
        return client.getAttachment() != null;
    }
}
