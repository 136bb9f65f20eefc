package workbook.grader.broken.lesson05;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** A correct channel server in small steps, so that each broken server of lesson 05 changes one step. */
abstract class WorkingChannels extends QuietServer {

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    WorkingChannels(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode request;
        try {
            request = json.readTree(message);
        } catch (JsonProcessingException e) {
            notJson(conn, message);
            return;
        }
        handle(conn, request);
    }

    void notJson(WebSocket conn, String message) {
        reject(conn, "not JSON");
    }

    void handle(WebSocket conn, JsonNode request) {
        if (!request.isObject()) {
            reject(conn, "not a JSON object");
            return;
        }
        String type = request.path("type").asText("message");
        if (!type.equals("subscribe") && !type.equals("message")) {
            reject(conn, "unknown type " + type);
            return;
        }
        JsonNode channel = request.path("channel");
        if (!channel.isTextual() || channel.textValue().isEmpty()) {
            reject(conn, "channel missing or empty");
            return;
        }
        if (type.equals("subscribe")) {
            subscribe(conn, channel.textValue());
            return;
        }
        JsonNode content = request.path("content");
        if (!content.isTextual()) {
            reject(conn, "content is not a string");
            return;
        }
        publish(channel.textValue(), content.textValue());
    }

    void reject(WebSocket conn, String problem) {
        conn.send("Error: " + problem);
    }

    void subscribe(WebSocket conn, String channel) {
        conn.setAttachment(channel);
        conn.send("Subscribed to channel: " + channel);
    }

    void publish(String channel, String content) {
        for (WebSocket client : getConnections()) {
            if (client.isOpen() && inChannel(client, channel)) {
                client.send("Channel " + channel + ": " + content);
            }
        }
    }

    boolean inChannel(WebSocket client, String channel) {
        return channel.equals(client.getAttachment());
    }
}
