package workbook.tools.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.Headers;
import io.undertow.util.MimeMappings;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.tools.learner.Progress;
import workbook.grader.core.words.Msg;
import workbook.tools.serve.lesson.LessonSlot;
import workbook.tools.serve.lesson.SharedRedis;
import workbook.tools.serve.lesson.LessonConsole;
import workbook.tools.serve.status.Side;
import workbook.tools.serve.status.StatusDocument;

/**
 * {@code ./workbook serve}'s engine: every lesson's student and reference servers on free ports, and one Undertow
 * that serves {@code web/} (the index, the lesson pages, {@code common/}) and the status the pages read.
 *
 * <ul>
 *   <li>{@code GET /api/status}: {@link StatusDocument} as JSON</li>
 *   <li>{@code POST /api/lessons/NN/reload}: compiles and restarts the student's server of lesson NN, answers
 *       that lesson's entry</li>
 *   <li>{@code POST|GET /api/lessons/NN/frozen-client}: lesson 08's client that never answers a ping ({@link FrozenClients})</li>
 * </ul>
 */
public final class ServeRunner implements AutoCloseable {

    /** How long {@link #close()} waits for one lesson server; they stop side by side. */
    private static final long STOP_BOUND_MILLIS = 3 * 1000L;

    private final ServeConfig config;
    private final List<LessonSlot> slots = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();
    private final FrozenClients frozenClients = new FrozenClients(this::slot);
    /** Lesson 09's Redis, shared by its instances on both sides; started only when they need it. */
    private final SharedRedis redis = new SharedRedis();
    private final PrintStream out;
    private Undertow http;
    private SourceWatcher watcher;
    private int port;

    private ServeRunner(ServeConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /**
     * Starts every lesson's two servers, then the pages. A lesson that is missing, does not compile, or fails to
     * start is kept with its reason; only a page port that cannot be bound throws.
     */
    public static ServeRunner start(ServeConfig config, LessonConsole console, PrintStream out)
            throws InterruptedException {
        ServeRunner runner = new ServeRunner(config, out);
        for (Lesson lesson : Lessons.all()) {
            for (Side side : Side.values()) {
                runner.slots.add(new LessonSlot(lesson, side, config, console, runner.redis));
            }
        }
        try {
            for (LessonSlot slot : runner.slots) {
                slot.start();
            }
            runner.startHttp(out);
            runner.watcher = new SourceWatcher(config.studentRoot(), Lessons.all(), runner::savedFile);
        } catch (InterruptedException | RuntimeException e) {
            runner.close();
            throw e;
        }
        return runner;
    }

    /** The address to open: {@code http://localhost:PORT/}. */
    public URI address() {
        return URI.create("http://localhost:" + port + "/");
    }

    public int port() {
        return port;
    }

    /** The Redis lesson 09's instances share ({@code redis://127.0.0.1:PORT}), if serve started one. */
    public Optional<String> redisAddress() {
        return redis.running();
    }

    public LessonSlot slot(String lessonId, Side side) {
        return slots.stream().filter(s -> s.lesson().id().equals(lessonId) && s.side() == side).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lesson " + lessonId));
    }

    public StatusDocument status() {
        Progress progress = new Progress(config.home());
        List<StatusDocument.Entry> entries = Lessons.all().stream().map(lesson -> entry(lesson, progress)).toList();
        return new StatusDocument(entries, config.notificationPeriod().toMillis(),
                progress.current().map(Lesson::id).orElse(null));
    }

    private StatusDocument.Entry entry(Lesson lesson, Progress progress) {
        LessonSlot student = slot(lesson.id(), Side.STUDENT);
        LessonSlot reference = slot(lesson.id(), Side.REFERENCE);
        boolean ownPage = student.servesItsOwnPage() || reference.servesItsOwnPage();
        boolean pageHere = Files.isRegularFile(config.webRoot().resolve(lesson.folder()).resolve("index.html"));
        String page = !ownPage && pageHere ? "/" + lesson.folder() + "/" : null;
        return new StatusDocument.Entry(lesson.id(), lesson.folder(), lesson.title(), page, student.status(),
                reference.status(), grade(progress, lesson));
    }

    /** The lesson's last grade from {@code ./workbook check}, or null when it was never checked. */
    private static Progress.Entry grade(Progress progress, Lesson lesson) {
        Progress.Entry entry = progress.of(lesson);
        return entry.checked() ? entry : null;
    }

    /** Stops every lesson server (side by side, each within its bound) and the pages. */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        List<Thread> stoppers = new ArrayList<>();
        for (LessonSlot slot : slots) {
            Thread stopper = new Thread(slot::stop, "serve-stops-" + slot.lesson().id() + "-" + slot.side().key());
            stopper.setDaemon(true);
            stopper.start();
            stoppers.add(stopper);
        }
        try {
            for (Thread stopper : stoppers) {
                stopper.join(STOP_BOUND_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        frozenClients.close();
        redis.close();
        if (http != null) {
            http.stop();
            http = null;
        }
    }

    private void startHttp(PrintStream out) {
        HttpHandler routes = Handlers.routing()
                .get("/api/status", new BlockingHandler(this::sendStatus))
                .post("/api/lessons/{id}/reload", new BlockingHandler(this::reload))
                .post("/api/lessons/{id}/frozen-client", new BlockingHandler(frozenClients::add))
                .get("/api/lessons/{id}/frozen-client", new BlockingHandler(frozenClients::count))
                .setFallbackHandler(Handlers.path(pages()).addPrefixPath(ClientFiles.PREFIX, new ClientFiles(config)));
        String host = InetAddress.getLoopbackAddress().getHostAddress();
        try {
            http = listen(host, config.port(), routes);
        } catch (RuntimeException e) {
            if (!(rootCause(e) instanceof BindException) || !config.anyPortIfTaken()) {
                throw e;
            }
            http = listen(host, 0, routes);
            out.println("포트 " + config.port() + "번은 이미 쓰이고 있어 빈 포트 " + port + "번을 씁니다."
                    + " / Port " + config.port() + " is taken: using the free port " + port + " instead.");
        }
    }

    private Undertow listen(String host, int wanted, HttpHandler routes) {
        Undertow server = Undertow.builder().addHttpListener(wanted, host).setHandler(routes).build();
        server.start();
        port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        return server;
    }

    private HttpHandler pages() {
        MimeMappings types = MimeMappings.builder(true)
                .addMapping("html", "text/html; charset=UTF-8")
                .addMapping("css", "text/css; charset=UTF-8")
                .addMapping("js", "text/javascript; charset=UTF-8")
                .addMapping("mjs", "text/javascript; charset=UTF-8")
                .addMapping("svg", "image/svg+xml")
                .build();
        ResourceHandler files = new ResourceHandler(new PathResourceManager(config.webRoot()))
                .setWelcomeFiles("index.html")
                .setDirectoryListingEnabled(false)
                .setMimeMappings(types);
        return exchange -> {
            // The student edits and reloads: always ask again rather than show yesterday's page.
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
            files.handleRequest(exchange);
        };
    }

    private void sendStatus(HttpServerExchange exchange) throws IOException {
        sendJson(exchange, StatusCodes.OK, status());
    }

    private void reload(HttpServerExchange exchange) throws IOException, InterruptedException {
        String id = exchange.getQueryParameters().get("id").getFirst();
        Optional<Lesson> lesson = Lessons.find(id);
        if (lesson.isEmpty()) {
            sendJson(exchange, StatusCodes.NOT_FOUND, Msg.of("없는 레슨입니다: " + id, "no such lesson: " + id));
            return;
        }
        LessonSlot slot = slot(lesson.get().id(), Side.STUDENT);
        slot.restart();
        ReloadLog.print(out, slot, Msg.of("「다시 불러오기」", "\"Reload my code\""));
        sendJson(exchange, StatusCodes.OK, entry(lesson.get(), new Progress(config.home())));
    }

    /** A student saved a lesson file: restart that lesson's server from the new code, and say so in the terminal. */
    private void savedFile(Lesson lesson) {
        LessonSlot slot = slot(lesson.id(), Side.STUDENT);
        try {
            slot.restart();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        ReloadLog.print(out, slot, Msg.of("저장한 파일", "a saved file"));
    }

    private void sendJson(HttpServerExchange exchange, int status, Object body) throws IOException {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=UTF-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(json.writeValueAsString(body), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
