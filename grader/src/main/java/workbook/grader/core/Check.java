package workbook.grader.core;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import workbook.grader.core.InProcessServer.ServerStartException;
import workbook.grader.core.Lessons.Lesson;

/**
 * One check in progress: the server under test, the named clients the check opened, the journal of what the
 * grader did, and the ways a check waits and explains. Every wait here has a bound.
 */
public final class Check implements AutoCloseable {

    /** How long a client waits for a frame the lesson says must come. */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);
    /** How long a check listens to be sure that nothing else arrives. */
    public static final Duration SILENCE_WINDOW = Duration.ofMillis(300);
    /** How long {@link #drainText} still listens once every client's ping has come back. */
    private static final Duration DRAIN_SETTLE = Duration.ofMillis(100);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration START_TIMEOUT = Duration.ofSeconds(3);
    /** How long clients opened together wait at the starting gate for the slowest of them. */
    private static final Duration GATE_BOUND = Duration.ofSeconds(1);
    /** How long the grader's extra connection waits when it asks "is the server still there?" after a failure. */
    static final Duration STILL_THERE_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SLICE = Duration.ofMillis(20);
    /** A client that waits this long for a frame pings the server, once per such interval (see {@link Probe#nudge}). */
    private static final Duration NUDGE_EVERY = Duration.ofMillis(250);
    /** How long {@link #connect()} waits for an in-process server to list a new connection. */
    private static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(1);
    /** How long a stub's exception waits for frames the same callback sent just before it threw. */
    private static final Duration STUB_FRAMES_SETTLE = Duration.ofMillis(50);

    private final Lesson lesson;
    private final Target target;
    private final Lang lang;
    private final Function<String, Optional<String>> parameters;
    private final Journal journal = new Journal();
    // Written by the check's thread, read by JUnit's thread when it closes a check that timed out.
    private final List<Probe> probes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Arrivals arrivals = new Arrivals();
    private final List<AutoCloseable> extras = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Report report;
    private ServerRecipe recipe = ServerRecipe.PORT_ONLY;
    private volatile ServerUnderTest server;
    private int errorsExplained;

    public Check(Lesson lesson, Target target, Lang lang, Function<String, Optional<String>> parameters) {
        this.lesson = lesson;
        this.target = target;
        this.lang = lang;
        this.parameters = parameters;
        this.report = new Report(this);
    }

    public Lang lang() {
        return lang;
    }

    public Lesson lesson() {
        return lesson;
    }

    public Journal journal() {
        return journal;
    }

    List<Probe> probes() {
        return List.copyOf(probes);
    }

    /** A configuration parameter of the run, such as {@code workbook.period} for lesson 06. */
    public Optional<String> parameter(String name) {
        return parameters.apply(name);
    }

    public boolean gradesRunningServer() {
        return target instanceof Target.Url;
    }

    /** Skips the check, saying why in the reader's language; a skipped check counts neither way. */
    public void skipIf(boolean condition, Msg why) {
        org.junit.jupiter.api.Assumptions.assumeFalse(condition, why.in(lang));
    }

    /** Skips a check that only a server started by the grader itself allows (stop(), its threads, its timers). */
    public void onlyInProcess(Msg why) {
        skipIf(gradesRunningServer(), why);
    }

    /** Builds the in-process server with another constructor; call before the first {@link #server()}. */
    public void startWith(ServerRecipe recipe) {
        if (server != null) {
            throw new IllegalStateException("the server has already started");
        }
        this.recipe = recipe;
    }

    /** The server under test, started on first use. */
    public ServerUnderTest server() {
        if (server == null) {
            server = startServer();
        }
        return server;
    }

    public Optional<InProcessServer> inProcess() {
        return server().inProcess();
    }

    private ServerUnderTest startServer() {
        if (target instanceof Target.Url url) {
            journal.add("채점 대상: " + url.webSocket() + " 에서 이미 실행 중인 서버",
                    "graded a server already running at " + url.webSocket());
            return new RemoteServer(url.webSocket(), url.http());
        }
        // An isolated target's class is loaded only in the process that runs it (grade-class's sandbox), never here.
        Class<?> serverClass = target instanceof Target.Isolated ? null : loadServerClass();
        String simpleName = serverClass != null ? serverClass.getSimpleName()
                : lesson.className().substring(lesson.className().lastIndexOf('.') + 1);
        try {
            InProcessServer started = target instanceof Target.Isolated isolated
                    ? isolated.launcher().start(lesson, recipe, START_TIMEOUT)
                    : InProcessServer.start(serverClass, recipe, START_TIMEOUT);
            journal.add(Msg.of("서버를 시작함: ", "started the server: ").plus(started.description()));
            return started;
        } catch (ServerStartException e) {
            journal.add("서버 " + simpleName + " 을(를) 포트 0 으로 만들고 start() 를 부름",
                    "built " + simpleName + " with port 0 and called start()");
            if (e.getCause() instanceof UnsupportedOperationException stub) {
                throw notImplemented(stub);
            }
            throw report.failure(Msg.of("서버가 시작되지 않았습니다.", "The server did not start."),
                    Msg.of("서버가 " + START_TIMEOUT.toMillis() + " ms 안에 포트를 열고 기다림",
                            "the server listens within " + START_TIMEOUT.toMillis() + " ms"),
                    e.reason(), Msg.of("생성자와 onStart 에서 예외가 나지 않는지, 생성자의 매개변수를 바꾸지 않았는지 확인하세요.",
                            "Check that the constructor and onStart throw nothing and that the constructor keeps the stub's parameters."));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the server", e);
        }
    }

    /**
     * Starts another instance of the lesson beside the check's own server, closed when the check ends: for a compiled
     * lesson from a class loader of its own, so the two share no static field (lesson 09's instances meet only through
     * Redis); for an isolated target in the sandbox, as its first server was.
     */
    public InProcessServer startAnother(ServerRecipe another, Duration timeout)
            throws ServerStartException, InterruptedException {
        InProcessServer started = target instanceof Target.Isolated isolated
                ? isolated.launcher().start(lesson, another, timeout)
                : InProcessServer.start(loadServerClass(), another, timeout);
        closeAfterwards(started);
        return started;
    }

    /** Closes {@code resource} when the check ends, after its clients and its server, the latest registered first. */
    public void closeAfterwards(AutoCloseable resource) {
        extras.add(0, resource);
    }

    private Class<?> loadServerClass() {
        try {
            if (target instanceof Target.CompiledClasses classes) {
                return classes.load(lesson.className());
            }
            return ((Target.ClassOnClasspath) target).load();
        } catch (ClassNotFoundException | LinkageError e) {
            throw report.failure(Msg.of("레슨 클래스를 찾지 못했습니다.", "The lesson's class was not found."),
                    Msg.same(lesson.className()), Msg.same(String.valueOf(e)),
                    Msg.of("클래스 이름과 package 줄을 스텁 그대로 두세요.", "Keep the class name and the package line as the stub has them."));
        }
    }

    /** Opens the next named client ({@code client-1}, {@code client-2}, ...) and waits until it is connected. */
    public Probe connect() {
        return connectTo(server());
    }

    /**
     * {@link #connect()} to another server than the check's own: another instance of the same lesson (lesson 09 runs
     * several that share one Redis).
     */
    public Probe connectTo(ServerUnderTest target) {
        String name = "client-" + (probes.size() + 1);
        Probe probe = new Probe(name, target.webSocketUri(), journal, arrivals);
        probes.add(probe);
        journal.add(name + " 이(가) " + target.webSocketUri() + " 에 연결함", name + " connected to " + target.webSocketUri());
        boolean connected;
        try {
            connected = probe.connect(CONNECT_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting", e);
        }
        if (!connected) {
            throw notConnected(probe, target);
        }
        // Java-WebSocket answers the handshake before it adds the connection to getConnections(): a message sent at
        // once could miss the newcomer. A browser is never that fast; the grader waits, bounded, for the server.
        target.inProcess().ifPresent(server -> server.awaitListed(probe.localPort(), probe::isOpen, REGISTER_TIMEOUT));
        failIfNotImplemented();
        return probe;
    }

    /**
     * Opens the next {@code count} clients at the same moment, as browser tabs opening together: their handshakes
     * are held at a {@link StartingGate} until all are ready and reach the server side by side. Waits until every
     * one of them is connected.
     */
    public List<Probe> connectAtOnce(int count) {
        ServerUnderTest target = server();
        List<Probe> opened = new ArrayList<>();
        StartingGate gate = new StartingGate(count, GATE_BOUND);
        for (int i = 0; i < count; i++) {
            Probe probe = new Probe("client-" + (probes.size() + 1), target.webSocketUri(), journal, arrivals, gate);
            probes.add(probe);
            opened.add(probe);
        }
        String names = opened.get(0).name() + " … " + opened.get(count - 1).name();
        journal.add(names + " (" + count + "개) 이(가) 동시에 " + target.webSocketUri() + " 에 연결함",
                names + " (" + count + " clients) connected to " + target.webSocketUri() + " at the same time");
        opened.forEach(Probe::startConnecting);
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        try {
            for (Probe probe : opened) {
                if (!probe.awaitConnected(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                    throw notConnected(probe, target);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting", e);
        }
        failIfNotImplemented();
        return opened;
    }

    /**
     * A client did not connect. After a message was sent, that reads as a server that stopped answering after it;
     * otherwise as a refused or unanswered connection.
     */
    private CheckFailed notConnected(Probe probe, ServerUnderTest target) {
        String name = probe.name();
        Msg problem = Explain.connectFailure(name, target, probe.transportError(), CONNECT_TIMEOUT);
        Msg hint = Explain.connectHint(target);
        Probe.Sent last = lastSent();
        if (last != null) {
            problem = Explain.stoppedAnswering(last.what(), problem);
            hint = Explain.crashHint(target);
        }
        boolean refused = probe.transportError() instanceof ConnectException;
        return report.failure(problem, Msg.of(name + " 의 연결이 열림", name + " is connected"),
                Msg.of(refused ? "연결 거부" : "연결되지 않음", refused ? "connection refused" : "not connected"), hint);
    }

    public List<Probe> connect(int count) {
        List<Probe> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            opened.add(connect());
        }
        return opened;
    }

    /** The next frame {@code probe} receives within {@code timeout}, or null; stops early if the stub still throws. */
    public Frame next(Probe probe, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextNudge = System.nanoTime() + NUDGE_EVERY.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Frame frame = probe.poll(Duration.ofNanos(Math.max(0, Math.min(left, SLICE.toNanos()))));
                if (frame != null) {
                    return frame;
                }
                failIfNotImplemented();
                long now = System.nanoTime();
                if (now >= deadline) {
                    return null;
                }
                if (now >= nextNudge) {
                    probe.nudge();
                    nextNudge = now + NUDGE_EVERY.toNanos();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + probe.name(), e);
        }
    }

    /** {@code probe} must receive exactly {@code expected}, as a text frame, next. */
    public void expect(Probe probe, String expected, Msg hint) {
        expectText(probe, receives(probe, expected), expected::equals, hint);
    }

    private static Msg receives(Probe probe, String expected) {
        return Msg.of(probe.name() + " 이(가) 텍스트 " + Quote.text(expected) + " 을(를) 받음",
                probe.name() + " receives text " + Quote.text(expected));
    }

    /**
     * {@code probe} must receive, next, a text frame that {@code accept} takes (where LESSONS.md leaves the exact
     * words open, such as {@code Error: ...}); {@code wanted} says what that is for the report. Returns the text.
     */
    public String expectText(Probe probe, Msg wanted, Predicate<String> accept, Msg hint) {
        return expectTextWithin(probe, ANSWER_TIMEOUT, wanted, accept, null, hint).text();
    }

    /**
     * {@link #expectText} with a wait of the check's choosing (lesson 06 waits in periods); {@code silence} is the
     * first line of the report if nothing arrives (null: "client-1 received nothing within N ms."). Returns the frame,
     * which knows when it arrived.
     */
    public Frame expectTextWithin(Probe probe, Duration within, Msg wanted, Predicate<String> accept, Msg silence, Msg hint) {
        journal.add(probe.name() + " 의 다음 프레임을 최대 " + within.toMillis() + " ms 기다림",
                "waited up to " + within.toMillis() + " ms for " + probe.name() + "'s next frame");
        return takeText(probe, within, wanted, accept, silence, hint);
    }

    /** The frame-taking half of {@link #expectTextWithin}, for checks that write their own journal step. */
    private Frame takeText(Probe probe, Duration within, Msg wanted, Predicate<String> accept, Msg silence, Msg hint) {
        Frame frame = next(probe, within);
        if (frame == null) {
            throw nothingArrived(probe, within, silence != null ? silence
                            : Msg.of(probe.name() + " 이(가) " + within.toMillis() + " ms 동안 아무것도 받지 못했습니다.",
                                    probe.name() + " received nothing within " + within.toMillis() + " ms."),
                    wanted, Msg.of("아무것도 오지 않음", "nothing arrived"), hint);
        }
        if (!frame.isText() || !accept.test(frame.text())) {
            throw wrongFrame(probe, frame, wanted, hint);
        }
        return frame;
    }

    /** {@code probe} must receive these texts next, in this order. */
    public void expectInOrder(Probe probe, List<String> expected, Msg hint) {
        journal.add(probe.name() + " 이(가) " + expected.size() + "개의 메시지를 순서대로 받는지 확인함 (각각 최대 "
                        + ANSWER_TIMEOUT.toMillis() + " ms)",
                "checked that " + probe.name() + " receives " + expected.size() + " messages in order (up to "
                        + ANSWER_TIMEOUT.toMillis() + " ms each)");
        for (int i = 0; i < expected.size(); i++) {
            Frame frame = next(probe, ANSWER_TIMEOUT);
            Msg wanted = Msg.of((i + 1) + "번째로 텍스트 " + Quote.text(expected.get(i)),
                    "message " + (i + 1) + " to be text " + Quote.text(expected.get(i)));
            if (frame == null) {
                throw nothingArrived(probe, ANSWER_TIMEOUT, Msg.of(probe.name() + " 이(가) " + (i + 1) + "번째 메시지를 받지 못했습니다.",
                        probe.name() + " did not receive message " + (i + 1) + "."), wanted,
                        Msg.of(ANSWER_TIMEOUT.toMillis() + " ms 동안 아무것도 오지 않음", "nothing within " + ANSWER_TIMEOUT.toMillis() + " ms"), hint);
            }
            if (!frame.isText(expected.get(i))) {
                throw wrongFrame(probe, frame, wanted, hint);
            }
        }
    }

    /**
     * Each of {@code probes} must receive exactly {@code expected}, as a text frame, next: {@link #expect} for a
     * group (everyone in a room hearing one announcement), written in the journal as one step.
     */
    public void expectEach(List<Probe> probes, String expected, Msg hint) {
        String names = String.join(", ", probes.stream().map(Probe::name).toList());
        journal.add(names + " 이(가) 각각 다음 프레임으로 텍스트 " + Quote.text(expected) + " 을(를) 받는지 확인함 (각각 최대 "
                        + ANSWER_TIMEOUT.toMillis() + " ms)",
                "checked that " + names + " each receive text " + Quote.text(expected) + " next (up to "
                        + ANSWER_TIMEOUT.toMillis() + " ms each)");
        for (Probe probe : probes) {
            takeText(probe, ANSWER_TIMEOUT, receives(probe, expected), expected::equals, null, hint);
        }
    }

    /** None of {@code quiet} may receive anything during the silence window. */
    public void expectSilence(Msg hint, Probe... quiet) {
        expectSilence(SILENCE_WINDOW, hint, quiet);
    }

    public void expectSilence(Duration window, Msg hint, Probe... quiet) {
        List<String> names = java.util.Arrays.stream(quiet).map(Probe::name).toList();
        journal.add(window.toMillis() + " ms 동안 " + String.join(", ", names) + " 에게 아무것도 더 오지 않는지 지켜봄",
                "watched " + String.join(", ", names) + " for " + window.toMillis() + " ms to make sure nothing else arrives");
        long deadline = System.nanoTime() + window.toNanos();
        while (true) {
            expectNothingPending(hint, window, quiet);
            failIfNotImplemented();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            arrivals.await(Duration.ofNanos(Math.min(left, SLICE.toNanos())));
        }
    }

    /** A frame a check did not allow, and the client that received it. */
    public record Stray(Probe client, Frame frame) {
    }

    /**
     * Watches {@code clients} for {@code window}, setting aside the frames {@code allowed} accepts, and returns the
     * first other frame with who received it, or null. For a lesson that explains such a frame in its own words; the
     * caller adds the step to the journal ({@link #expectSilence} is the plain version).
     */
    public Stray watch(Duration window, Predicate<Frame> allowed, Probe... clients) {
        long deadline = System.nanoTime() + window.toNanos();
        while (true) {
            for (Probe client : clients) {
                for (Frame frame = next(client, Duration.ZERO); frame != null; frame = next(client, Duration.ZERO)) {
                    if (!allowed.test(frame)) {
                        return new Stray(client, frame);
                    }
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            arrivals.await(Duration.ofNanos(Math.min(left, SLICE.toNanos())));
        }
    }

    /** None of {@code quiet} holds a frame no check has read yet; does not wait. */
    public void expectNothingPending(Msg hint, Probe... quiet) {
        expectNothingPending(hint, null, quiet);
    }

    private void expectNothingPending(Msg hint, Duration window, Probe... quiet) {
        for (Probe probe : quiet) {
            List<Frame> unread = probe.unread();
            if (!unread.isEmpty()) {
                Msg wanted = window == null
                        ? Msg.of(probe.name() + " 에게는 아무것도 오지 않음", "nothing reaches " + probe.name())
                        : Msg.of(window.toMillis() + " ms 동안 " + probe.name() + " 에게는 아무것도 오지 않음",
                                "nothing reaches " + probe.name() + " within " + window.toMillis() + " ms");
                throw report.failure(Msg.of(probe.name() + " 이(가) 받지 말아야 할 프레임을 받았습니다.",
                        probe.name() + " received a frame it should not have."), wanted, unread.get(0).describe(), hint);
            }
        }
    }

    /**
     * Lets the clients receive whatever the server answers during the silence window and sets it aside: used where
     * LESSONS.md leaves the answer open (a binary frame from a client) but every frame must still be text.
     */
    public void drainText(Probe... clients) {
        journal.add("서버의 응답을 받아 두고 넘어감 (텍스트라면 무엇이든 괜찮음): 클라이언트마다 ping 의 pong 이 돌아온 뒤 "
                        + DRAIN_SETTLE.toMillis() + " ms 더, 모두 합쳐 적어도 " + DRAIN_SETTLE.toMillis() + " ms, 많아야 "
                        + SILENCE_WINDOW.toMillis() + " ms",
                "let the server answer and set the answers aside (any text is fine): until each client's ping came back "
                        + "as a pong, then " + DRAIN_SETTLE.toMillis() + " ms more, " + SILENCE_WINDOW.toMillis() + " ms at most");
        // A pong comes back after the server has handled, and written its answers to, every frame sent before the
        // ping; what it sent to other clients meanwhile is already on its way, and the settle lets it arrive.
        long deadline = System.nanoTime() + SILENCE_WINDOW.toNanos();
        try {
            for (Probe client : clients) {
                client.roundTrip(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while draining", e);
        }
        deadline = Math.min(deadline, System.nanoTime() + DRAIN_SETTLE.toNanos());
        while (System.nanoTime() < deadline) {
            arrivals.await(Duration.ofNanos(deadline - System.nanoTime()));
        }
        for (Probe client : clients) {
            for (Frame frame = next(client, Duration.ZERO); frame != null; frame = next(client, Duration.ZERO)) {
                if (!frame.isText()) {
                    throw wrongFrame(client, frame, Msg.of("텍스트 프레임만", "text frames only"), Explain.binaryHint());
                }
            }
        }
    }

    /**
     * The server's code has thrown nothing since it started. Only a server the grader started can be seen from
     * inside: for a server running at a URL the journal says so and the step passes. Call it after a silence window,
     * so that an exception thrown just after the last frame has been recorded.
     */
    public void expectNoServerErrors(Msg hint) {
        if (gradesRunningServer()) {
            journal.add("서버 코드의 예외는 볼 수 없어 확인하지 않음 (채점기 밖에서 실행 중인 서버)",
                    "did not look for exceptions in the server's code: it runs outside the grader");
            return;
        }
        journal.add("서버 코드가 예외를 던지지 않았는지 확인함", "checked that the server's code threw no exception");
        failIfNotImplemented();
        List<Throwable> errors = server().errors();
        if (!errors.isEmpty()) {
            Throwable first = errors.get(0);
            String name = first.getClass().getSimpleName();
            String where = Explain.whereInLesson(first);
            boolean located = !where.equals("the server");
            throw report.failure(Msg.of("서버 코드가 " + (located ? where + " 에서 " : "") + name + " 예외를 던졌습니다.",
                            "Your server's code threw " + name + (located ? " in " + where : "") + "."),
                    Msg.of("예외 없음", "no exception"), Msg.same(String.valueOf(first)), hint);
        }
    }

    private CheckFailed wrongFrame(Probe probe, Frame frame, Msg wanted, Msg hint) {
        return switch (frame.kind()) {
            case BINARY -> report.failure(Explain.binaryFrame(probe.name()), wanted, frame.describe(), Explain.binaryHint());
            case CLOSE -> closedEarly(probe, frame, wanted, hint);
            case TEXT -> report.failure(Msg.of(probe.name() + " 이(가) 다른 텍스트를 받았습니다.",
                    probe.name() + " received a different text."), wanted, frame.describe(), hint);
        };
    }

    /**
     * Nothing arrived. If a client had sent something and the server no longer takes connections, the first line
     * says the server stopped answering after that message; otherwise {@code problem} as it is.
     */
    private CheckFailed nothingArrived(Probe probe, Duration waited, Msg problem, Msg wanted, Msg got, Msg hint) {
        Probe.Sent last = lastSent();
        if (last != null) {
            Optional<Msg> gone = serverGone();
            if (gone.isPresent()) {
                Msg what = Msg.of(probe.name() + " 은(는) " + waited.toMillis() + " ms 동안 아무것도 받지 못했고, ",
                        probe.name() + " received nothing within " + waited.toMillis() + " ms, and ").plus(gone.get());
                return report.failure(Explain.stoppedAnswering(last.what(), what), wanted, got,
                        Explain.crashHint(server).plus(Msg.same(" ")).plus(hint));
            }
        }
        return report.failure(problem, wanted, got, hint);
    }

    /**
     * The connection closed where a frame was due. After a message, a connection that dropped without a close frame
     * (1006) or a server that no longer takes connections reads as a server that stopped answering after it.
     */
    private CheckFailed closedEarly(Probe probe, Frame close, Msg wanted, Msg hint) {
        Probe.Sent last = lastSent();
        if (last == null) {
            return report.failure(Explain.earlyClose(probe.name(), close.closeCode()), wanted, close.describe(), hint);
        }
        Optional<Msg> gone = serverGone();
        if (close.closeCode() == 1006 || gone.isPresent()) {
            Msg what = Explain.connectionClosed(probe.name(), close.closeCode())
                    .plus(gone.map(g -> Msg.same(", and ").plus(g)).orElse(Msg.same(".")));
            return report.failure(Explain.stoppedAnswering(last.what(), what), wanted, close.describe(),
                    Explain.crashHint(server).plus(Msg.same(" ")).plus(hint));
        }
        return report.failure(Explain.earlyClose(probe.name(), close.closeCode())
                        .plus(Msg.of(" 마지막으로 보낸 것: " + last.what().ko() + " 메시지.", " The last message before it: " + last.what().en() + ".")),
                wanted, close.describe(), hint);
    }

    /** The last message any client of this check sent, or null. */
    private Probe.Sent lastSent() {
        return probes.stream().map(Probe::lastSent).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.comparingLong(Probe.Sent::order)).orElse(null);
    }

    /**
     * Opens one more connection (not a named client) to tell a server that went away from one that only stayed
     * silent: empty when it connects, otherwise what happened to it.
     */
    private Optional<Msg> serverGone() {
        Probe extra = new Probe("still-there", server.webSocketUri(), new Journal(), new Arrivals());
        long start = System.nanoTime();
        boolean connected;
        try {
            connected = extra.connect(STILL_THERE_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            extra.forceClose();
        }
        boolean early = System.nanoTime() - start < STILL_THERE_TIMEOUT.toNanos() * 9 / 10;
        Explain.NewConnection outcome = extra.transportError() instanceof ConnectException ? Explain.NewConnection.REFUSED
                : early ? Explain.NewConnection.DROPPED : Explain.NewConnection.NO_HANDSHAKE;
        Msg seen = connected ? Msg.of("연결됨", "connected") : switch (outcome) {
            case REFUSED -> Msg.of("거부됨", "refused");
            case DROPPED -> Msg.of("핸드셰이크 전에 끊김", "dropped before the handshake");
            case NO_HANDSHAKE -> Msg.of("핸드셰이크 없음", "no handshake");
        };
        journal.add(Msg.of("서버가 아직 실행 중인지 보려고 새 연결을 하나 열어 봄 (최대 " + STILL_THERE_TIMEOUT.toMillis() + " ms): ",
                "opened one more connection to see whether the server is still running (up to " + STILL_THERE_TIMEOUT.toMillis()
                        + " ms): ").plus(seen));
        return connected ? Optional.empty() : Optional.of(Explain.newConnections(outcome, STILL_THERE_TIMEOUT));
    }

    /** A failure with the full report: problem, steps, expected, got, every client's frames, server errors, hint. */
    public CheckFailed fail(Msg problem, Msg expected, Msg got, Msg hint) {
        return report.failure(problem, expected, got, hint);
    }

    /**
     * Stops the check early, with the whole story, when the server's code still throws the stub's exception. Waits
     * of this class call it; a check that waits another way (polling a count) calls it itself.
     */
    public void failIfNotImplemented() {
        if (server == null) {
            return;
        }
        List<Throwable> errors = server.errors();
        for (int i = errorsExplained; i < errors.size(); i++) {
            if (errors.get(i) instanceof UnsupportedOperationException stub) {
                errorsExplained = errors.size();
                throw notImplemented(stub);
            }
        }
    }

    private CheckFailed notImplemented(UnsupportedOperationException stub) {
        // Frames sent just before the throw may still be on their way: a short, bounded wait for them.
        arrivals.await(STUB_FRAMES_SETTLE);
        long since = probes.stream().mapToLong(Probe::lastActionAt).max().orElse(0);
        boolean codeRanFirst = probes.stream().anyMatch(p -> p.received().stream()
                .anyMatch(f -> f.kind() != Frame.Kind.CLOSE && f.receivedAt() > since));
        if (codeRanFirst) {
            return report.failure(Explain.notImplemented(stub, lesson, true),
                    Msg.of("레슨의 동작, 예외 없이", "the lesson's behaviour, without an exception"),
                    Msg.of("내 코드가 보낸 프레임, 그리고 스텁의 UnsupportedOperationException",
                            "the frames your code sent, then the stub's UnsupportedOperationException"),
                    Msg.of("TODO 주석 아래의 throw 줄 (throw new UnsupportedOperationException(...);) 을 지우세요. 그 위에 쓴 코드는 그대로 두면 됩니다.",
                            "Delete the throw line under the TODO comment (throw new UnsupportedOperationException(...);); keep the code you wrote above it."));
        }
        return report.failure(Explain.notImplemented(stub, lesson, false),
                Msg.of("레슨의 동작", "the lesson's behaviour"),
                Msg.of("스텁의 UnsupportedOperationException", "the stub's UnsupportedOperationException"),
                Msg.of("TODO 주석 아래의 throw 줄을 지우고 그 자리에 코드를 쓰세요. 레슨 글의 과제를 순서대로 따라가세요.",
                        "Delete the throw line under the TODO comment and write your code there; follow the tasks of the lesson text in order."));
    }

    Optional<ServerUnderTest> startedServer() {
        return Optional.ofNullable(server);
    }

    /** Turns anything a check did not expect into a report, so no failure reaches a learner without its story. */
    public CheckFailed explainUnexpected(Throwable thrown) {
        if (thrown instanceof CheckFailed failed) {
            return failed;
        }
        if (thrown instanceof Probe.ProbeClosedException closed) {
            Frame last = closed.probe.received().stream().filter(f -> f.kind() == Frame.Kind.CLOSE).reduce((a, b) -> b).orElse(null);
            return report.failure(Msg.of(closed.probe.name() + " 이(가) 보내려 했지만 연결이 이미 닫혀 있었습니다.",
                            closed.probe.name() + " tried to send, but its connection was already closed."),
                    Msg.of("연결이 열려 있음", "the connection is open"),
                    last == null ? Msg.of("닫힌 연결", "a closed connection") : last.describe(),
                    Msg.of("서버가 연결을 닫거나, 예외로 연결이 끊긴 것은 아닌가요? onMessage 에서 conn.close() 를 부르지 않았는지 확인하세요.",
                            "Did the server close the connection, or did an exception drop it? Check that onMessage does not call conn.close()."));
        }
        if (thrown instanceof java.util.concurrent.TimeoutException || thrown.getClass().getSimpleName().contains("Timeout")) {
            return report.failure(Msg.of("검사가 제한 시간 안에 끝나지 않아 채점기가 멈췄습니다.",
                            "The check did not finish in time, so the grader stopped it."),
                    Msg.of("검사가 5초 안에 끝남", "the check finishes within 5 seconds"), Msg.same(String.valueOf(thrown.getMessage())),
                    Msg.of("서버가 콜백 안에서 오래 기다리거나 무한 반복하지 않는지 보세요.", "Look for a callback that waits or loops forever."));
        }
        return report.failure(Msg.of("채점 중 예상하지 못한 오류가 났습니다.", "The grader hit an unexpected error."),
                Msg.of("검사가 끝까지 진행됨", "the check runs to its end"), Msg.same(String.valueOf(thrown)),
                Msg.of("아래 과정과 서버 오류를 보세요. 채점기의 문제라고 생각되면 이 메시지를 그대로 알려 주세요.",
                        "Read the steps and server errors below; if you think the grader is wrong, report this message as it is."));
    }

    @Override
    public void close() {
        for (Probe probe : probes) {
            probe.forceClose();
        }
        if (server != null) {
            server.close();
        }
        for (AutoCloseable extra : extras) {
            try {
                extra.close();
            } catch (Exception e) {
                // the check is over; what would not close is not the learner's concern
            }
        }
    }

    Map<String, List<Frame>> framesByClient() {
        Map<String, List<Frame>> frames = new java.util.LinkedHashMap<>();
        for (Probe probe : probes) {
            frames.put(probe.name(), probe.received());
        }
        return frames;
    }
}
