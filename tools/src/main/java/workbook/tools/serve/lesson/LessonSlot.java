package workbook.tools.serve.lesson;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import workbook.grader.core.lesson.LessonBuild;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.SourceCompiler;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.InProcessServer.ServerStartException;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.server.Target;
import workbook.grader.core.words.Msg;
import workbook.support.HttpLesson;
import workbook.tools.serve.ServeConfig;
import workbook.tools.serve.status.ServerState;
import workbook.tools.serve.status.ServerStatus;
import workbook.tools.serve.status.Side;

/**
 * One lesson's server on one side: compiled from its folder, loaded by a class loader of its own (the student's
 * and the reference classes have the same names), started on a free port. Whatever goes wrong on the way is kept
 * as the slot's status, in words; nothing here throws at the runner.
 */
public final class LessonSlot {

    /** Bound for building and starting one server, and for the probe after it. */
    private static final Duration START_BOUND = Duration.ofSeconds(5);

    /** How long what the probe stirred up may still be printing after the probe is gone. */
    private static final Duration PROBE_ECHO = Duration.ofSeconds(3);

    private final Lesson lesson;
    private final Side side;
    private final ServeConfig config;
    private final LessonConsole console;
    private final ThreadGroup threads;
    private final SharedRedis redis;

    private volatile ServerStatus outcome = ServerStatus.of(ServerState.STOPPED, null);
    private volatile InProcessServer server;
    /** Lesson 09's second instance, on the same Redis as {@link #server}; null for every other lesson. */
    private volatile InProcessServer peer;
    private volatile boolean servesItsOwnPage;
    /** Lesson 07's stub page: its own 501 sentence, the first thing a student meets there; null once it is served. */
    private volatile Msg pageStub;

    public LessonSlot(Lesson lesson, Side side, ServeConfig config, LessonConsole console, SharedRedis redis) {
        this.lesson = lesson;
        this.redis = redis;
        this.side = side;
        this.config = config;
        this.threads = new ThreadGroup("serve-" + lesson.id() + "-" + side.key());
        console.label(threads, lesson.id() + " " + side.label().ko() + " / " + side.label().en());
        this.console = console;
    }

    public Lesson lesson() {
        return lesson;
    }

    public Side side() {
        return side;
    }

    /** The status now: a listening server is asked again whether a stub's exception has turned up since. */
    public ServerStatus status() {
        InProcessServer running = server;
        if (running == null) {
            return outcome;
        }
        Optional<Throwable> stub = running.errors().stream().filter(LessonSlot::isStubException).findFirst();
        Msg page = pageStub;
        ServerState state = stub.isPresent() || page != null ? ServerState.NOT_IMPLEMENTED : ServerState.RUNNING;
        Msg detail = page != null ? page : stub.map(LessonSlot::stubWords).orElse(null);
        InProcessServer second = peer;
        return new ServerStatus(state, state.label(), detail, running.webSocketUri().toString(),
                running.httpUri().map(URI::toString).orElse(null),
                second == null ? null : List.of(running.webSocketUri().toString(), second.webSocketUri().toString()));
    }

    /** The class is a {@link HttpLesson}: its page comes from its own HTTP port, not from serve's (lesson 07). */
    public boolean servesItsOwnPage() {
        return servesItsOwnPage;
    }

    /** How many clients the server has now (0 when it is not running). */
    public int openConnections() {
        InProcessServer running = server;
        InProcessServer second = peer;
        return (running == null ? 0 : running.server().getConnections().size())
                + (second == null ? 0 : second.server().getConnections().size());
    }

    public synchronized void start() throws InterruptedException {
        outcome = launch();
    }

    /** Stops the server within a bound (a few seconds at most, whatever the lesson's code does). */
    public synchronized void stop() {
        InProcessServer running = server;
        InProcessServer second = peer;
        server = null;
        peer = null;
        pageStub = null;
        if (running != null) {
            running.close();
        }
        if (second != null) {
            second.close();
        }
        outcome = ServerStatus.of(ServerState.STOPPED, null);
    }

    /** Compiles and starts again: the student changed the code. */
    public synchronized void restart() throws InterruptedException {
        stop();
        start();
    }

    private ServerStatus launch() throws InterruptedException {
        Path root = side == Side.STUDENT ? config.studentRoot() : config.referenceRoot();
        Path source = root.resolve(lesson.folder()).resolve(lesson.simpleClassName() + ".java");
        String shown = shown(source);
        if (!Files.isRegularFile(source)) {
            return ServerStatus.of(ServerState.MISSING, Msg.of(shown + " 파일이 아직 없습니다", "there is no " + shown + " yet"));
        }
        SourceCompiler.Result compiled;
        try {
            compiled = LessonBuild.compile(lesson, root, config.classCache().resolve(root.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return ServerStatus.of(ServerState.FAILED, Msg.of("컴파일하지 못했습니다: " + e.getMessage(), "could not compile: " + e.getMessage()));
        }
        if (!compiled.ok()) {
            SourceCompiler.Problem first = compiled.errors().get(0);
            String where = first.file() == null ? shown : shown(first.file());
            return ServerStatus.of(ServerState.COMPILE_ERROR,
                    Msg.same(where + ":" + first.line() + ":" + first.column() + ": " + first.message()));
        }
        Class<?> type;
        try {
            type = new Target.CompiledClasses(compiled.classes()).load(lesson.className());
        } catch (ClassNotFoundException e) {
            return ServerStatus.of(ServerState.MISSING, Msg.of(shown + " 에 " + lesson.className() + " 클래스가 없습니다",
                    shown + " has no class " + lesson.className()));
        } catch (LinkageError e) {
            return ServerStatus.of(ServerState.FAILED, Msg.same(lesson.simpleClassName() + ": " + e));
        }
        servesItsOwnPage = HttpLesson.class.isAssignableFrom(type);
        String redisUri = null;
        if (Recipes.needsRedis(type)) {
            try {
                redisUri = redis.uri();
            } catch (SharedRedis.Unavailable e) {
                return ServerStatus.of(ServerState.FAILED, e.reason());
            }
        }
        ServerRecipe recipe;
        try {
            // Lesson 07's server serves the page of its own side: lessons/07-static-page/front or the reference's.
            recipe = Recipes.forClass(type, config.notificationPeriod(), root.resolve(lesson.folder()).resolve("front"),
                    redisUri);
        } catch (NoSuchMethodException e) {
            return ServerStatus.of(ServerState.FAILED, Msg.of(lesson.simpleClassName() + " 의 생성자 모양이 다릅니다. 이 중 하나여야 합니다: "
                    + Recipes.SHAPES, lesson.simpleClassName() + " needs one of the constructors " + Recipes.SHAPES));
        }
        try {
            server = inOwnThreadGroup(() -> startAndProbe(type, recipe));
            if (redisUri != null) {
                peer = startSecondInstance(compiled.classes(), recipe);
            }
            return ServerStatus.of(ServerState.RUNNING, null);
        } catch (ServerStartException e) {
            return isStubException(e.getCause()) ? ServerStatus.of(ServerState.NOT_IMPLEMENTED, stubWords(e.getCause()))
                    : ServerStatus.of(ServerState.FAILED, e.reason());
        } catch (Exception e) {
            return ServerStatus.of(ServerState.FAILED, Msg.same(String.valueOf(e)));
        }
    }

    /**
     * Lesson 09: a second instance on the same Redis, from a class loader of its own (the two share no static field).
     * If it does not start, neither runs: the first is stopped and the reason kept.
     */
    private InProcessServer startSecondInstance(Path classes, ServerRecipe recipe) throws Exception {
        try {
            return inOwnThreadGroup(() -> InProcessServer.start(new Target.CompiledClasses(classes).load(lesson.className()),
                    recipe, START_BOUND));
        } catch (Exception e) {
            InProcessServer first = server;
            server = null;
            if (first != null) {
                first.close();
            }
            throw e;
        }
    }

    private InProcessServer startAndProbe(Class<?> type, ServerRecipe recipe) throws Exception {
        InProcessServer started = InProcessServer.start(type, recipe, START_BOUND);
        pageStub = started.httpUri().flatMap(StubProbe::page).orElse(null);
        if (side == Side.STUDENT) {
            console.quietWhile(threads, () -> true);
            int probePort = 0;
            try {
                probePort = StubProbe.poke(started.webSocketUri());
            } finally {
                // What the probe stirred up may print a moment later (onClose): quiet until someone else connects.
                long until = System.nanoTime() + PROBE_ECHO.toNanos();
                int probe = probePort;
                console.quietWhile(threads, () -> System.nanoTime() < until && started.server().getConnections().stream()
                        .allMatch(c -> c.getRemoteSocketAddress() != null && c.getRemoteSocketAddress().getPort() == probe));
            }
        }
        return started;
    }

    /** Runs in a thread of this slot's group, so every thread the server makes is labelled on the console. */
    private <T> T inOwnThreadGroup(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(threads, task, "serve-starts-" + lesson.id() + "-" + side.key());
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(START_BOUND.toMillis() * 3, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new IllegalStateException("starting " + lesson.simpleClassName() + " took longer than "
                    + START_BOUND.toMillis() * 3 + " ms", e);
        }
    }

    private String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(config.home()) ? config.home().relativize(absolute).toString() : absolute.toString();
    }

    /** The stub's own sentence, "레슨 NN: ... / Lesson NN: ...", split into its two languages. */
    private static Msg stubWords(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && t.getMessage() != null) {
                return Msg.ofDisplayName(t.getMessage());
            }
        }
        return Msg.same(String.valueOf(e));
    }

    static boolean isStubException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException) {
                return true;
            }
        }
        return false;
    }
}
