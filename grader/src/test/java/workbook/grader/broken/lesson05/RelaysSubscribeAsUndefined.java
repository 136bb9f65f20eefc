package workbook.grader.broken.lesson05;

import com.fasterxml.jackson.databind.JsonNode;
import org.java_websocket.WebSocket;

/** The tutorial's first defect: every message, a subscribe request too, is relayed to its channel first. */
public class RelaysSubscribeAsUndefined extends WorkingChannels {
    public RelaysSubscribeAsUndefined(int port) {
        super(port);
    }

    @Override
    void handle(WebSocket conn, JsonNode request) {
        if (request.path("type").asText("").equals("subscribe")) {
            publish(request.path("channel").asText(), "undefined");
        }
        super.handle(conn, request);
    }
}
