package workbook.grader.broken.lesson09;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.java_websocket.WebSocket;

/**
 * Publishes {"text": M} and unwraps it on the way in: its own instances agree, but any other program on the channel
 * neither reads what it publishes nor gets heard (plain text is not JSON and is dropped).
 */
public class WrapsTextInJson extends RedisRelay {
    private static final ObjectMapper JSON = new ObjectMapper();

    public WrapsTextInJson(int port, String redisUri) {
        super(port, redisUri);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        super.onMessage(conn, JSON.createObjectNode().put("text", message).toString());
    }

    @Override
    protected void heard(String message) {
        try {
            JsonNode wrapped = JSON.readTree(message);
            deliverLocally("Broadcast: " + wrapped.path("text").asText());
        } catch (JsonProcessingException notOurs) {
            System.err.println("dropped a message that is not ours: " + message);
        }
    }
}
