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

    /** Reads JSON; "{} and more" is not one JSON value, so it is refused too. */
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
        // TODO: json.readTree(message) 로 읽으세요. JSON 이 아니면 JsonProcessingException 이 납니다: 잡아서 보낸 사람(conn)에게
        //       "Error: " 로 시작하는 설명을 보내고 끝내세요. 읽었으면 handle(conn, request) 를 부르세요.
        //       Read message with json.readTree(message). Text that is not JSON throws JsonProcessingException: catch it,
        //       send the sender (conn) an explanation that starts with "Error: ", and stop. Otherwise call handle(conn, request).
        throw new UnsupportedOperationException(
                "레슨 05: onMessage 에서 JSON 을 읽으세요 / Lesson 05: read the JSON in onMessage of lessons/05-channels/ChannelServer.java");
    }

    /** Checks one request and carries it out: a subscription, or a message for a channel. */
    private void handle(WebSocket conn, JsonNode request) {
        // TODO: 쓸 수 없는 요청에는 보낸 사람에게만 "Error: ..." 로 답하고 끝내세요: 객체가 아님 (request.isObject()),
        //       type 이 "subscribe" 도 "message" 도 아님 (없으면 "message"), channel 이 없거나 빈 문자열, (메시지라면) content 가 문자열이 아님.
        //       subscribe 라면 conn.setAttachment(채널 이름) 으로 연결에 채널을 적고 "Subscribed to channel: " + 채널 이름 을 보내세요.
        //       message 라면 sendToChannel(채널 이름, content) 를 부르세요.
        //       Answer a request you cannot use with "Error: ..." to the sender only, and stop: not an object (request.isObject()),
        //       a type that is neither "subscribe" nor "message" (none means "message"), a missing or empty channel,
        //       (for a message) a content that is not a string. For subscribe, note the channel on the connection with
        //       conn.setAttachment(channel name) and send "Subscribed to channel: " + the channel name.
        //       For a message, call sendToChannel(channel name, content).
        throw new UnsupportedOperationException(
                "레슨 05: handle 을 완성하세요 / Lesson 05: complete handle in lessons/05-channels/ChannelServer.java");
    }

    private void sendToChannel(String channel, String content) {
        // TODO: getConnections() 중 열려 있고 (isOpen()) 그 채널을 구독한 (getAttachment()) 클라이언트마다
        //       "Channel " + channel + ": " + content 를 보내세요.
        //       To every client of getConnections() that is open (isOpen()) and subscribed to that channel (getAttachment()),
        //       send "Channel " + channel + ": " + content.
        throw new UnsupportedOperationException(
                "레슨 05: sendToChannel 을 완성하세요 / Lesson 05: complete sendToChannel in lessons/05-channels/ChannelServer.java");
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
