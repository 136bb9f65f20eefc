package workbook.tools.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.heartbeat.RawWebSocket;
import workbook.tools.serve.lesson.LessonSlot;
import workbook.tools.serve.status.ServerStatus;
import workbook.tools.serve.status.Side;

/**
 * Lesson 08's "frozen client" button: serve itself opens a WebSocket connection to a lesson's server and then never
 * answers a ping, like a laptop that went to sleep with the page open. Its TCP connection stays up until the
 * server's heartbeat cuts it off (or serve stops), so a student watches the head count go up and, a heartbeat
 * later, down.
 *
 * <ul>
 *   <li>{@code POST /api/lessons/NN/frozen-client?server=student|reference}: opens one, answers {@code {"frozen": n}}</li>
 *   <li>{@code GET  /api/lessons/NN/frozen-client?server=student|reference}: {@code {"frozen": n}}, how many of them
 *       the server has not cut off yet</li>
 * </ul>
 */
final class FrozenClients implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final BiFunction<String, Side, LessonSlot> slots;
    private final Map<String, List<RawWebSocket>> held = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();

    FrozenClients(BiFunction<String, Side, LessonSlot> slots) {
        this.slots = slots;
    }

    void add(HttpServerExchange exchange) throws IOException {
        answer(exchange, true);
    }

    void count(HttpServerExchange exchange) throws IOException {
        answer(exchange, false);
    }

    private void answer(HttpServerExchange exchange, boolean open) throws IOException {
        String id = exchange.getQueryParameters().get("id").getFirst();
        var lesson = Lessons.find(id);
        if (lesson.isEmpty()) {
            send(exchange, StatusCodes.NOT_FOUND, Msg.of("없는 레슨입니다: " + id, "no such lesson: " + id));
            return;
        }
        var which = exchange.getQueryParameters().get("server");
        Side side = which != null && "reference".equals(which.getFirst()) ? Side.REFERENCE : Side.STUDENT;
        String key = lesson.get().id() + "-" + side.key();
        List<RawWebSocket> clients = held.computeIfAbsent(key, k -> new ArrayList<>());
        if (open) {
            ServerStatus server = slots.apply(lesson.get().id(), side).status();
            if (!server.listening()) {
                send(exchange, StatusCodes.CONFLICT, Msg.of("서버가 실행 중이 아닙니다: " + server.label().ko(),
                        "the server is not running: " + server.label().en()));
                return;
            }
            try {
                RawWebSocket frozen = RawWebSocket.openFrozen("frozen-" + opened.incrementAndGet(), URI.create(server.ws()), CONNECT_TIMEOUT);
                synchronized (clients) {
                    clients.add(frozen);
                }
            } catch (IOException e) {
                send(exchange, StatusCodes.BAD_GATEWAY, Msg.of("연결하지 못했습니다: " + e.getMessage(), "could not connect: " + e.getMessage()));
                return;
            }
        }
        int connected;
        synchronized (clients) {
            clients.removeIf(RawWebSocket::ended);
            connected = clients.size();
        }
        send(exchange, StatusCodes.OK, Map.of("frozen", connected));
    }

    private void send(HttpServerExchange exchange, int status, Object body) throws IOException {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=UTF-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(json.writeValueAsString(body), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        for (List<RawWebSocket> clients : held.values()) {
            synchronized (clients) {
                clients.forEach(RawWebSocket::close);
                clients.clear();
            }
        }
    }
}
