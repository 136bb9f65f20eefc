package workbook.grader.broken.lesson07.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.java_websocket.WebSocket;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/** Trusts every message to be good chat JSON: a bad one throws in onMessage and its sender hears nothing. */
public class CrashesOnBadJson extends WorkingChatRoom {

    public CrashesOnBadJson(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode chat;
        try {
            chat = JSON.readTree(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + message, e);
        }
        synchronized (room) {
            sendToRoom(chat.get("name").asText() + ": " + chat.get("message").asText());
        }
    }
}
