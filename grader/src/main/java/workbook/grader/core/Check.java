package workbook.grader.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.InProcessServer.ServerStartException;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.server.ServerUnderTest;
import workbook.grader.core.server.Target;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Journal;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;

/**
 * One check in progress, the face a lesson's checks see: the server under test ({@link ServerStart}), the named
 * clients the check opened ({@link Clients}), the ways it waits and expects ({@link Expectations}), what it reads
 * from the server's side ({@link Diagnosis}), and the journal of what the grader did. Every wait has a bound.
 */
public final class Check implements AutoCloseable {

    /**
     * How long a client waits for its WebSocket handshake. More than a frame's wait: a server's first connections
     * may wait for its JVM to load and compile the classes they need, on a machine busy grading others.
     */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(3500);
    /** How long a client waits for a frame the lesson says must come. */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);
    /** How long a check listens to be sure that nothing else arrives. */
    public static final Duration SILENCE_WINDOW = Duration.ofMillis(300);
    /**
     * A parameter, {@code true} when the checks share the machine with other graders (grade-class's workers, where
     * lesson 07's crowd checks take CPU from everything on purpose): a check whose timing is tight allows more.
     */
    public static final String SHARED_MACHINE_PARAMETER = "workbook.sharedMachine";
    /** How long the server under test has to be built and to listen. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(3);
    /**
     * The same beside other graders. Under a CPU quota of 0.7 cores, two workers grading lesson 09 each built some 50
     * of its servers at once, each starting a Redis client and its threads: correct constructors ran past 3 s.
     */
    public static final Duration SHARED_START_TIMEOUT = Duration.ofSeconds(8);

    private final Lesson lesson;
    private final Lang lang;
    private final Function<String, Optional<String>> parameters;
    private final Journal journal = new Journal();
    private final Report report;
    private final Diagnosis diagnosis;
    private final ServerStart servers;
    private final Clients clients;
    private final Expectations expectations;

    public Check(Lesson lesson, Target target, Lang lang, Function<String, Optional<String>> parameters) {
        this.lesson = lesson;
        this.lang = lang;
        this.parameters = parameters;
        this.report = new Report(this);
        this.diagnosis = new Diagnosis(this);
        this.servers = new ServerStart(this, target);
        this.clients = new Clients(this);
        this.expectations = new Expectations(this);
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

    /** A configuration parameter of the run, such as {@code workbook.period} for lesson 06. */
    public Optional<String> parameter(String name) {
        return parameters.apply(name);
    }

    public boolean gradesRunningServer() {
        return servers.gradesRunningServer();
    }

    /** Whether other graders run beside this one ({@link #SHARED_MACHINE_PARAMETER}). */
    public boolean sharesTheMachine() {
        return parameter(SHARED_MACHINE_PARAMETER).map(Boolean::parseBoolean).orElse(false);
    }

    /** How long a server this check starts has to be built and to listen: {@link #START_TIMEOUT}, or more beside others. */
    public Duration startTimeout() {
        return sharesTheMachine() ? SHARED_START_TIMEOUT : START_TIMEOUT;
    }

    /** Skips the check, saying why in the reader's language; a skipped check counts neither way. */
    public void skipIf(boolean condition, Msg why) {
        Assumptions.assumeFalse(condition, why.in(lang));
    }

    /** Skips a check that only a server started by the grader itself allows (stop(), its threads, its timers). */
    public void onlyInProcess(Msg why) {
        skipIf(gradesRunningServer(), why);
    }

    /** Builds the in-process server with another constructor; call before the first {@link #server()}. */
    public void startWith(ServerRecipe recipe) {
        servers.startWith(recipe);
    }

    /** The server under test, started on first use. */
    public ServerUnderTest server() {
        return servers.server();
    }

    public Optional<InProcessServer> inProcess() {
        return server().inProcess();
    }

    /**
     * Starts another instance of the lesson beside the check's own server, closed when the check ends: for a compiled
     * lesson from a class loader of its own, so the two share no static field (lesson 09's instances meet only through
     * Redis); for an isolated target in the sandbox, as its first server was.
     */
    public InProcessServer startAnother(ServerRecipe another, Duration timeout)
            throws ServerStartException, InterruptedException {
        return servers.startAnother(another, timeout);
    }

    /** Closes {@code resource} when the check ends, after its clients and its server, the latest registered first. */
    public void closeAfterwards(AutoCloseable resource) {
        servers.closeAfterwards(resource);
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
        return clients.connectTo(target);
    }

    /**
     * Opens the next {@code count} clients at the same moment, as browser tabs opening together: their handshakes
     * are held at a starting gate until all are ready and reach the server side by side. Waits until every one of
     * them is connected.
     */
    public List<Probe> connectAtOnce(int count) {
        return clients.connectAtOnce(count, server());
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
        return expectations.next(probe, timeout);
    }

    /** {@code probe} must receive exactly {@code expected}, as a text frame, next. */
    public void expect(Probe probe, String expected, Msg hint) {
        expectations.expect(probe, expected, hint);
    }

    /**
     * {@code probe} must receive, next, a text frame that {@code accept} takes (where CONTRACT.md leaves the exact
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
        return expectations.expectTextWithin(probe, within, wanted, accept, silence, hint);
    }

    /** {@code probe} must receive these texts next, in this order. */
    public void expectInOrder(Probe probe, List<String> expected, Msg hint) {
        expectations.expectInOrder(probe, expected, hint);
    }

    /**
     * Each of {@code probes} must receive exactly {@code expected}, as a text frame, next: {@link #expect} for a
     * group (everyone in a room hearing one announcement), written in the journal as one step.
     */
    public void expectEach(List<Probe> probes, String expected, Msg hint) {
        expectations.expectEach(probes, expected, hint);
    }

    /** None of {@code quiet} may receive anything during the silence window. */
    public void expectSilence(Msg hint, Probe... quiet) {
        expectSilence(SILENCE_WINDOW, hint, quiet);
    }

    public void expectSilence(Duration window, Msg hint, Probe... quiet) {
        expectations.expectSilence(window, hint, quiet);
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
        return expectations.watch(window, allowed, clients);
    }

    /** None of {@code quiet} holds a frame no check has read yet; does not wait. */
    public void expectNothingPending(Msg hint, Probe... quiet) {
        expectations.expectNothingPending(hint, null, quiet);
    }

    /**
     * Lets the clients receive whatever the server answers during the silence window and sets it aside: used where
     * CONTRACT.md leaves the answer open (a binary frame from a client) but every frame must still be text.
     */
    public void drainText(Probe... clients) {
        expectations.drainText(clients);
    }

    /**
     * The server's code has thrown nothing since it started. Only a server the grader started can be seen from
     * inside: for a server running at a URL the journal says so and the step passes. Call it after a silence window,
     * so that an exception thrown just after the last frame has been recorded.
     */
    public void expectNoServerErrors(Msg hint) {
        diagnosis.expectNoServerErrors(hint);
    }

    /**
     * Fails the check with the full report: problem, steps, expected, got, every client's frames, server errors,
     * hint. Always throws.
     */
    public void fail(Msg problem, Msg expected, Msg got, Msg hint) {
        throw report.failure(problem, expected, got, hint);
    }

    /**
     * {@link #fail} where the compiler needs an expression ({@code orElseThrow(() -> check.failed(...))}, or
     * {@code throw check.failed(...)} to end a method): it throws the same failure itself; the return type is only
     * for the compiler.
     */
    public CheckFailed failed(Msg problem, Msg expected, Msg got, Msg hint) {
        throw report.failure(problem, expected, got, hint);
    }

    /**
     * {@link #failed} for a wait whose bound passed with nothing (or not all of it) arrived: the same report, marked
     * so that on a shared machine the check runs again alone before it counts (see {@link CheckFailed#waitedInVain}).
     */
    public CheckFailed failedWaiting(Msg problem, Msg expected, Msg got, Msg hint) {
        throw report.waitedInVain(problem, expected, got, hint);
    }

    /**
     * Stops the check early, with the whole story, when the server's code still throws the stub's exception. Waits
     * of this class call it; a check that waits another way (polling a count) calls it itself.
     */
    public void failIfNotImplemented() {
        diagnosis.failIfNotImplemented();
    }

    /**
     * Turns anything a check did not expect into a report, so no failure reaches a learner without its story;
     * {@code timeLimit} is how long the check was allowed to run.
     */
    public CheckFailed explainUnexpected(Throwable thrown, Duration timeLimit) {
        return diagnosis.explainUnexpected(thrown, timeLimit);
    }

    @Override
    public void close() {
        clients.close();
        servers.close();
    }

    // The parts of a check reach each other through these.

    Report report() {
        return report;
    }

    Diagnosis diagnosis() {
        return diagnosis;
    }

    ServerStart servers() {
        return servers;
    }

    Clients clients() {
        return clients;
    }

    Optional<ServerUnderTest> startedServer() {
        return servers.started();
    }

    Map<String, List<Frame>> framesByClient() {
        return clients.framesByClient();
    }
}
