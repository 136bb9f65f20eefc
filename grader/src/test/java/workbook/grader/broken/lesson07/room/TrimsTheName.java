package workbook.grader.broken.lesson07.room;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.java_websocket.WebSocket;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/** Trims the name before the chat line is made: "  민수 " arrives as "민수: ...". */
public class TrimsTheName extends WorkingChatRoom {

    public TrimsTheName(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            JsonNode chat = JSON.readTree(message);
            if (chat.path("name").isTextual() && !chat.get("name").asText().isBlank() && chat.path("message").isTextual()) {
                synchronized (room) {
                    sendToRoom(chat.get("name").asText().trim() + ": " + chat.get("message").asText());
                }
                return;
            }
        } catch (JsonProcessingException e) {
            // the working room answers it below
        }
        super.onMessage(conn, message);
    }
}
