package workbook.grader.broken.lesson07;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.util.MimeMappings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.QuietServer;
import workbook.support.HttpLesson;

/**
 * A lesson 07 server that works, written to be broken one piece at a time: each broken server overrides the one
 * method it gets wrong and keeps the rest.
 */
public abstract class WorkingChatRoom extends QuietServer implements HttpLesson {

    protected static final ObjectMapper JSON = new ObjectMapper();

    protected final Set<WebSocket> room = new HashSet<>();
    /** Set when stop() begins: the clients it closes are not announced as leaving. */
    protected volatile boolean stopping;
    private final Undertow http;

    protected WorkingChatRoom(int httpPort, int wsPort, Path front) {
        super(wsPort);
        http = Undertow.builder()
                .addHttpListener(httpPort, InetAddress.getLoopbackAddress().getHostAddress())
                .setHandler(pages(front))
                .build();
    }

    /** Called from the constructor: an override must not rely on fields of its own. */
    protected HttpHandler pages(Path front) {
        return Handlers.resource(new PathResourceManager(front)).setMimeMappings(types().build());
    }

    protected MimeMappings.Builder types() {
        return MimeMappings.builder().addMapping("html", "text/html; charset=UTF-8").addMapping("mjs", "text/javascript");
    }

    protected static String joinLine(int count) {
        return "새로운 유저 접속 [현재: " + count + "명]";
    }

    protected static String leaveLine(int count) {
        return "유저 연결 해제 [현재: " + count + "명]";
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        synchronized (room) {
            room.add(conn);
            sendToRoom(joinLine(room.size()));
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        synchronized (room) {
            if (room.remove(conn)) {
                sendToRoom(leaveLine(room.size()));
            }
        }
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode chat;
        try {
            chat = JSON.readTree(message);
        } catch (JsonProcessingException e) {
            conn.send("Error: not JSON");
            return;
        }
        if (!chat.path("name").isTextual() || chat.get("name").asText().isBlank()) {
            conn.send("Error: no name");
        } else if (!chat.path("message").isTextual()) {
            conn.send("Error: no message");
        } else {
            synchronized (room) {
                sendToRoom(chat.get("name").asText() + ": " + chat.get("message").asText());
            }
        }
    }

    protected void sendToRoom(String text) {
        for (WebSocket client : room) {
            if (client.isOpen()) {
                client.send(text);
            }
        }
    }

    @Override
    public void start() {
        http.start();
        super.start();
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        stopping = true;
        emptyRoom();
        try {
            super.stop(timeout, closeMessage);
        } finally {
            http.stop();
        }
    }

    /** Everyone is sent away at once when the server stops: nobody is told that somebody left. */
    protected void emptyRoom() {
        synchronized (room) {
            room.clear();
        }
    }

    @Override
    public int httpPort() {
        return ((InetSocketAddress) http.getListenerInfo().get(0).getAddress()).getPort();
    }
}
