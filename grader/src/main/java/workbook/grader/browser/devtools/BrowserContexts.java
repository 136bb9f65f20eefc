package workbook.grader.browser.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chromium's browser-wide DevTools connection, for what a page's own connection is not allowed to do: make a browser
 * context (a profile of its own, like a private window) with a tab in it, and throw a context away with all it holds
 * (its tabs, the windows its pages opened, their workers, storage and cookies).
 */
public final class BrowserContexts implements AutoCloseable {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A context and the id of its one tab (which chromedriver knows as a window handle). */
    public record Context(String id, String tab) {
    }

    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private BrowserContexts(WebSocket socket) {
        this.socket = socket;
    }

    /** Connects to the browser that listens for DevTools at {@code debuggerAddress} (host:port, on loopback). */
    public static BrowserContexts connect(String debuggerAddress) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(BOUND).build();
        try {
            String version = http.send(HttpRequest.newBuilder(URI.create("http://" + debuggerAddress + "/json/version"))
                    .timeout(BOUND).build(), HttpResponse.BodyHandlers.ofString()).body();
            URI browser = URI.create(JSON.readTree(version).get("webSocketDebuggerUrl").asText());
            Listener listener = new Listener();
            BrowserContexts contexts = new BrowserContexts(http.newWebSocketBuilder().connectTimeout(BOUND)
                    .buildAsync(browser, listener).get(BOUND.toMillis(), TimeUnit.MILLISECONDS));
            listener.owner = contexts;
            return contexts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to Chromium's DevTools", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new IOException("cannot connect to Chromium's DevTools at " + debuggerAddress + ": " + e, e);
        }
    }

    /** A new context with one blank tab. */
    public Context open() throws IOException {
        String context = call("Target.createBrowserContext", Map.of()).get("browserContextId").asText();
        String tab = call("Target.createTarget", Map.of("url", "about:blank", "browserContextId", context)).get("targetId").asText();
        return new Context(context, tab);
    }

    /** Closes every tab and window of the context and forgets everything it stored. */
    public void dispose(Context context) throws IOException {
        call("Target.disposeBrowserContext", Map.of("browserContextId", context.id()));
    }

    private JsonNode call(String method, Map<String, Object> params) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                    .get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            JsonNode reply = answer.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            if (reply.has("error")) {
                throw new IOException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + method, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer within " + BOUND.toMillis() + " ms: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Matches answers to requests by id; events (no id) are not asked for and not kept. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private volatile BrowserContexts owner;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    CompletableFuture<JsonNode> waiting = message.has("id") && owner != null
                            ? owner.pending.get(message.get("id").asInt()) : null;
                    if (waiting != null) {
                        waiting.complete(message);
                    }
                } catch (IOException malformed) {
                    // not an answer to anything asked
                } finally {
                    text.setLength(0);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
