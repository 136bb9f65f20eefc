package workbook.lesson05;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.LessonServer;

/** Lesson 05 · 채널 / Channels: a client subscribes to one channel, and a message reaches only that channel. */
public class ChannelServer extends LessonServer {

    /** JSON을 읽습니다. "{} and more"는 JSON 값 하나가 아니므로 이것도 거절합니다. / Reads JSON; "{} and more" is not one JSON value, so it is refused too. */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public ChannelServer(int port) {
        super(port);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("Client connected");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("Received message: " + message);
        JsonNode request;
        try {
            request = json.readTree(message);
        } catch (JsonProcessingException e) {
            // 튜토리얼의 JSON.parse는 여기서 예외를 던져 서버 전체를 멈추게 합니다. 여기서는 보낸 사람에게 답합니다.
            // The tutorial's JSON.parse throws here and takes the whole server down; we answer the sender instead.
            conn.send("Error: the message is not JSON (" + e.getOriginalMessage() + ")");
            return;
        }
        handle(conn, request);
    }

    /** 요청 하나를 확인하고 처리합니다: 구독, 또는 채널로 가는 메시지. / Checks one request and carries it out: a subscription, or a message for a channel. */
    private void handle(WebSocket conn, JsonNode request) {
        if (!request.isObject()) {
            conn.send("Error: the message must be a JSON object, such as {\"channel\":\"news\",\"content\":\"hi\"}");
            return;
        }
        String type = request.path("type").asText("message");
        if (!type.equals("subscribe") && !type.equals("message")) {
            conn.send("Error: unknown type \"" + type + "\": use \"subscribe\" or \"message\"");
            return;
        }
        JsonNode channel = request.path("channel");
        if (!channel.isTextual() || channel.textValue().isEmpty()) {
            conn.send("Error: \"channel\" must be a non-empty string");
            return;
        }
        if (type.equals("subscribe")) {
            conn.setAttachment(channel.textValue()); // ws.channel = ... in the tutorial: one channel per connection
            conn.send("Subscribed to channel: " + channel.textValue());
            return;
        }
        JsonNode content = request.path("content");
        if (!content.isTextual()) {
            conn.send("Error: \"content\" must be a string");
            return;
        }
        sendToChannel(channel.textValue(), content.textValue());
    }

    private void sendToChannel(String channel, String content) {
        for (WebSocket client : getConnections()) {
            if (client.isOpen() && channel.equals(client.getAttachment())) {
                client.send("Channel " + channel + ": " + content);
            }
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("Client disconnected");
    }

    public static void main(String[] args) throws InterruptedException {
        ChannelServer server = new ChannelServer(8080);
        server.start();
        int port = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("WebSocket server is running on ws://localhost:" + port);
    }
}
