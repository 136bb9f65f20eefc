package workbook.lesson07;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.util.Headers;
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
    /** The clients in the chat room: in from onOpen, out in onClose. Touch it only inside synchronized (room). */
    private final Set<WebSocket> room = new HashSet<>();

    public ChatRoomServer(int httpPort, int wsPort, Path frontFolder) {
        super(wsPort);
        this.requestedHttpPort = httpPort;
        this.http = Undertow.builder()
                .addHttpListener(httpPort, InetAddress.getLoopbackAddress().getHostAddress())
                .setHandler(staticFiles(frontFolder))
                .build();
    }

    /** What {@code app.use(express.static(front))} does: the files of one folder, and nothing outside it. */
    static HttpHandler staticFiles(Path frontFolder) {
        // TODO: frontFolder 의 파일을 내주는 핸들러를 돌려주세요: Handlers.resource(new PathResourceManager(frontFolder)).
        //       html 은 "text/html; charset=UTF-8", mjs 는 "text/javascript" 로 (MimeMappings). 아래 return 문은 지우세요.
        //       Return a handler that serves the files of frontFolder: Handlers.resource(new PathResourceManager(frontFolder)),
        //       with html as "text/html; charset=UTF-8" and mjs as "text/javascript" (MimeMappings). Delete the return below.
        return exchange -> {
            exchange.setStatusCode(501).getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
            exchange.getResponseSender().send("레슨 07: staticFiles 를 완성하세요 / Lesson 07: complete staticFiles in lessons/07-static-page/ChatRoomServer.java");
        };
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        System.out.println("새로운 클라이언트 접속");
        // TODO: conn 을 room 에 넣고, 새 클라이언트를 포함해 room 의 열린 모든 클라이언트에게 "새로운 유저 접속 [현재: N명]" 을
        //       보내세요 (N: 넣은 뒤의 인원). 20명이 동시에 들어와도 1명부터 20명까지 한 번씩만 알려야 합니다:
        //       onOpen 은 여러 스레드에서 동시에 불립니다.
        //       Add conn to room and send "새로운 유저 접속 [현재: N명]" to every open client in room, the newcomer included
        //       (N: the count after adding). Twenty clients joining at once must be announced as 1 to 20, each once:
        //       onOpen runs on several threads at once.
        throw new UnsupportedOperationException(
                "레슨 07: onOpen 을 완성하세요 / Lesson 07: complete onOpen in lessons/07-static-page/ChatRoomServer.java");
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        System.out.println("클라이언트 접속 해제");
        // TODO: conn 을 room 에서 빼고, 남은 모든 클라이언트에게 "유저 연결 해제 [현재: N명]" 을 보내세요 (N: 뺀 뒤의 인원).
        //       close 프레임 없이 사라진 클라이언트도 여기로 옵니다.
        //       Take conn out of room and send "유저 연결 해제 [현재: N명]" to every client left (N: the count after it left).
        //       A client that vanished without a close frame arrives here too.
        throw new UnsupportedOperationException(
                "레슨 07: onClose 를 완성하세요 / Lesson 07: complete onClose in lessons/07-static-page/ChatRoomServer.java");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        System.out.println("받은 메시지: " + message);
        // TODO: {"name":"NAME","message":"TEXT"} 를 JSON.readTree 로 읽어, 보낸 사람을 포함한 room 의 모두에게 "NAME: TEXT" 를
        //       보내세요. JSON 이 아니거나, name 이 없거나 비었거나, message 가 없으면 보낸 사람에게만 "Error: ..." 를 보내세요.
        //       Read {"name":"NAME","message":"TEXT"} with JSON.readTree and send "NAME: TEXT" to everyone in room, the
        //       sender included. Not JSON, a missing or blank name, or a missing message: send "Error: ..." to the sender only.
        throw new UnsupportedOperationException(
                "레슨 07: onMessage 를 완성하세요 / Lesson 07: complete onMessage in lessons/07-static-page/ChatRoomServer.java");
    }

    /** Starts the HTTP side first, so the page can be served as soon as the WebSocket side listens. */
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

    /** Stops both sides; every stop() of the WebSocket side ends up here. */
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

    /** The page's folder, lessons/07-static-page/front, looked for from the working directory up, or under -Dworkbook.home. */
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
