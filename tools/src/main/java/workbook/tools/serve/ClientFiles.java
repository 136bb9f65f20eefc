package workbook.tools.serve;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.Headers;
import io.undertow.util.MimeMappings;
import io.undertow.util.StatusCodes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;

/**
 * The browser clients, mine or the reference, for the pages: {@code /clients/NN/student/client.js} is
 * {@code lessons/<folder>/client.js}, {@code /clients/NN/reference/...} the same under {@code solutions/}, and
 * {@code /clients/07/<side>/front/...} lesson 07's whole page. Nothing else of a lesson folder is served.
 */
final class ClientFiles implements HttpHandler {

    static final String PREFIX = "/clients";

    private static final MimeMappings TYPES = MimeMappings.builder(true)
            .addMapping("html", "text/html; charset=UTF-8")
            .addMapping("css", "text/css; charset=UTF-8")
            .addMapping("js", "text/javascript; charset=UTF-8")
            .addMapping("svg", "image/svg+xml")
            .build();

    private final ServeConfig config;
    private final Map<Path, ResourceHandler> handlers = new ConcurrentHashMap<>();

    ClientFiles(ServeConfig config) {
        this.config = config;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String[] parts = exchange.getRelativePath().replaceFirst("^/", "").split("/", 3);
        Optional<Lesson> lesson = parts.length == 3 ? Lessons.find(parts[0]) : Optional.empty();
        String rest = parts.length == 3 ? parts[2] : "";
        boolean allowed = rest.equals("client.js") || (rest.startsWith("front/") && !rest.contains(".."));
        Path root = parts.length < 2 ? null : switch (parts[1]) {
            case "student" -> config.studentRoot();
            case "reference" -> config.referenceRoot();
            default -> null;
        };
        if (lesson.isEmpty() || root == null || !allowed) {
            exchange.setStatusCode(StatusCodes.NOT_FOUND);
            exchange.getResponseSender().send("no such client file / 없는 클라이언트 파일입니다");
            return;
        }
        Path folder = root.resolve(lesson.get().folder());
        ResourceHandler files = handlers.computeIfAbsent(folder, f -> new ResourceHandler(new PathResourceManager(f))
                .setWelcomeFiles("index.html").setDirectoryListingEnabled(false).setMimeMappings(TYPES));
        exchange.setRelativePath("/" + rest);
        // The student edits and reloads: always ask again rather than run yesterday's script.
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        files.handleRequest(exchange);
    }
}
