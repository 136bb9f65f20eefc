package workbook.lesson07;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.util.MimeMappings;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.support.HttpLesson;
import workbook.support.LessonServer;

/**
 * Lesson 07 · 정적 페이지와 입장·퇴장 알림 / Static page with join and leave counts: Undertow serves the page's
 * folder over HTTP (Express's part), and the WebSocket side announces every join and leave with the head count
 * and relays chat lines.
 */
public class ChatRoomServer extends LessonServer implements HttpLesson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Undertow http;
    private final int requestedHttpPort;
    /** 채팅방의 클라이언트: onOpen에서 넣고 onClose에서 뺍니다. synchronized (room) 안에서만 다루세요.
     * The clients in the chat room: in from onOpen, out in onClose. Touch it only inside synchronized (room). */
    private final Set<WebSocket> room = new HashSet<>();

    public ChatRoomServer(int httpPort, int wsPort, Path frontFolder) {
        super(wsPort);
        this.requestedHttpPort = httpPort;
        this.http = Undertow.builder()
                .addHttpListener(httpPort, InetAddress.getLoopbackAddress().getHostAddress())
                .setHandler(staticFiles(frontFolder))
                .build();
    }

    /** {@code app.use(express.static(front))}가 하는 일: 한 폴더의 파일만, 그 밖은 내주지 않습니다.
     * What {@code app.use(express.static(front))} does: the files of one folder, and nothing outside it. */
    static HttpHandler staticFiles(Path frontFolder) {
        MimeMappings types = MimeMappings.builder()
                .addMapping("html", "text/html; charset=UTF-8")
                .addMapping("mjs", "text/javascript")
                .build();
        return Handlers.resource(new PathResourceManager(frontFolder)).setMimeMappings(types);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("새로운 클라이언트 접속");
        // onOpen은 여러 스레드에서 동시에 불립니다: 세기와 알리기를 한 잠금 아래 한 번에 해야 합니다.
        // onOpen runs on several threads at once: counting and announcing must be one step, under one lock.
        synchronized (room) {
            room.add(conn);
            sendToRoom("새로운 유저 접속 [현재: " + room.size() + "명]");
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("클라이언트 접속 해제");
        synchronized (room) {
            if (room.remove(conn)) {
                sendToRoom("유저 연결 해제 [현재: " + room.size() + "명]");
            }
        }
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("받은 메시지: " + message);
        JsonNode chat;
        try {
            chat = JSON.readTree(message);
        } catch (JsonProcessingException e) {
            conn.send("Error: not JSON: " + e.getOriginalMessage());
            return;
        }
        if (!chat.isObject()) {
            conn.send("Error: send a JSON object such as {\"name\":\"민수\",\"message\":\"안녕\"}");
        } else if (!chat.path("name").isTextual() || chat.get("name").asText().isBlank()) {
            conn.send("Error: \"name\" is missing or blank");
        } else if (!chat.path("message").isTextual()) {
            conn.send("Error: \"message\" is missing");
        } else {
            synchronized (room) {
                sendToRoom(chat.get("name").asText() + ": " + chat.get("message").asText());
            }
        }
    }

    /** 방의 열린 클라이언트 모두. 부르는 쪽이 room의 잠금을 쥐고 있습니다. / Every open client in the room; the caller holds the room's lock. */
    private void sendToRoom(String text) {
        for (WebSocket client : room) {
            if (client.isOpen()) {
                client.send(text);
            }
        }
    }

    /** HTTP 쪽을 먼저 시작해, WebSocket 쪽이 듣기 시작할 때 페이지도 바로 나갑니다.
     * Starts the HTTP side first, so the page can be served as soon as the WebSocket side listens. */
    @Override
    public void start() {
        try {
            http.start();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof BindException) {
                throw new IllegalStateException("포트 " + requestedHttpPort + "번을 이미 다른 프로그램이 쓰고 있습니다."
                        + " / Port " + requestedHttpPort + " is already in use: stop the other server and run again.", e);
            }
            throw e;
        }
        super.start();
    }

    /** 양쪽을 모두 멈춥니다. WebSocket 쪽의 모든 stop()이 여기로 옵니다. / Stops both sides; every stop() of the WebSocket side ends up here. */
    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        synchronized (room) {
            room.clear(); // everyone is sent away at once: nobody is told that somebody left
        }
        try {
            super.stop(timeout, closeMessage);
        } finally {
            http.stop();
        }
    }

    @Override
    public int httpPort() {
        return ((InetSocketAddress) http.getListenerInfo().get(0).getAddress()).getPort();
    }

    public static void main(String[] args) throws InterruptedException {
        ChatRoomServer server = new ChatRoomServer(8000, 8001, frontFolder());
        server.start();
        int wsPort = server.awaitListening(Duration.ofSeconds(5));
        System.out.println("HTTP server is running on http://localhost:" + server.httpPort());
        System.out.println("WebSocket server is running on ws://localhost:" + wsPort);
    }

    /** 페이지 폴더 lessons/07-static-page/front: 작업 폴더에서 위로, 또는 -Dworkbook.home 아래에서 찾습니다.
     * The page's folder, lessons/07-static-page/front, looked for from the working directory up, or under -Dworkbook.home. */
    static Path frontFolder() {
        Path page = Path.of("lessons", "07-static-page", "front");
        String home = System.getProperty("workbook.home");
        if (home != null && Files.isRegularFile(Path.of(home).resolve(page).resolve("index.html"))) {
            return Path.of(home).resolve(page).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(page).resolve("index.html"))) {
                return dir.resolve(page);
            }
        }
        throw new IllegalStateException("lessons/07-static-page/front/index.html 파일을 찾지 못했습니다. 워크북 폴더 안에서 실행하세요."
                + " / Cannot find lessons/07-static-page/front/index.html: run from inside the workbook folder"
                + " (or pass -Dworkbook.home=/path/to/workbook).");
    }
}
