package workbook.tools.classgrade.worker;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.InProcessServer.ServerStartException;
import workbook.grader.core.server.ServerLauncher;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.words.Msg;
import workbook.tools.classgrade.Sandbox;
import workbook.tools.classgrade.harness.Harness;

/**
 * One submission's own process, in the sandbox: the {@link Harness} with the submission's compiled classes, its
 * output kept in {@code output.log}, started before the checks need it and ended, with everything it started, after.
 * It is the {@link ServerLauncher} of that submission's checks.
 */
final class SubmissionProcess implements ServerLauncher, AutoCloseable {

    static final long KEEP_OUTPUT_BYTES = 64 * 1024;
    /**
     * Past this the process is stopped: twice the flood note of {@link Verdict#FLOOD_BYTES}, well above the 26 MB a
     * correct server prints at most, while an endless flood still costs the worker well under a second of reading.
     */
    static final long FLOOD_LIMIT_BYTES = 64L * 1024 * 1024;
    static final Duration CONNECT_BOUND = Duration.ofSeconds(20);
    private static final Duration ASK_MARGIN = Duration.ofSeconds(2);
    private static final Duration STUCK_BOUND = Duration.ofSeconds(5);

    private final Process process;
    private final ServerSocket control;
    private final OutputKeeper output;
    private final Thread outputThread;
    private final CompletableFuture<HarnessLink> link = new CompletableFuture<>();
    private volatile boolean ending;

    private SubmissionProcess(Process process, ServerSocket control, OutputKeeper output, Thread outputThread) {
        this.process = process;
        this.control = control;
        this.output = output;
        this.outputThread = outputThread;
    }

    /** Starts the harness for the lesson's classes in {@code classes}; {@code readable} is bound read-only into the sandbox. */
    static SubmissionProcess start(Sandbox sandbox, Lesson lesson, Path classes, List<Path> readable, String heap, int slot,
                                   Path log) throws IOException {
        ServerSocket control = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-Xss512k",
                "-XX:MaxMetaspaceSize=128m", "-XX:CompressedClassSpaceSize=64m", "-XX:ReservedCodeCacheSize=32m",
                "-XX:MaxDirectMemorySize=32m", "-XX:-UsePerfData", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=/tmp"));
        List<Path> binds = new ArrayList<>(readable);
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-XX:SharedArchiveFile=") || arg.startsWith("-Xlog:cds") || arg.startsWith("-Xshare")) {
                java.add(arg);
                if (arg.startsWith("-XX:SharedArchiveFile=")) {
                    binds.add(Path.of(arg.substring("-XX:SharedArchiveFile=".length())));
                }
            }
        }
        String classpath = System.getProperty("java.class.path");
        for (String entry : classpath.split(File.pathSeparator)) {
            binds.add(Path.of(entry));
        }
        java.addAll(List.of("-cp", classpath, Harness.class.getName(), String.valueOf(control.getLocalPort()), token,
                classes.toAbsolutePath().toString(), lesson.className()));
        List<String> command = sandbox.submission(java, binds, slot, addressSpace(heap));
        Process process = Sandbox.spawn(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))));
        SubmissionProcess[] self = new SubmissionProcess[1];
        OutputKeeper output = new OutputKeeper(process.getInputStream(), log, KEEP_OUTPUT_BYTES, FLOOD_LIMIT_BYTES,
                () -> self[0].end());
        Thread outputThread = new Thread(output, "submission-output-" + process.pid());
        outputThread.setDaemon(true);
        self[0] = new SubmissionProcess(process, control, output, outputThread);
        outputThread.start();
        Thread connector = new Thread(() -> self[0].connect(token), "submission-connect-" + process.pid());
        connector.setDaemon(true);
        connector.start();
        return self[0];
    }

    /** The JVM reserves far more address space than it uses; 4 GiB stops a native-memory hog, not the JVM. */
    private static String addressSpace(String heap) {
        return String.valueOf(4L * 1024 * 1024 * 1024);
    }

    private void connect(String token) {
        try {
            link.complete(HarnessLink.accept(control, token, CONNECT_BOUND, process));
        } catch (IOException | RuntimeException e) {
            link.completeExceptionally(e);
        }
    }

    /**
     * Waits until the process has started and warmed up (or could not, or {@link #CONNECT_BOUND} passed), so that the
     * checks' own time bounds do not pay for a JVM starting in a sandbox on a busy machine: in CI, the first
     * submission of a worker once lost every check that way. A process that never connects is explained by the first
     * check that asks it for a server.
     */
    void awaitReady() throws InterruptedException {
        try {
            link.get(CONNECT_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the checks say so
        }
    }

    @Override
    public InProcessServer start(Lesson lesson, ServerRecipe recipe, Duration timeout)
            throws ServerStartException, InterruptedException {
        String simpleName = lesson.className().substring(lesson.className().lastIndexOf('.') + 1);
        if (!(recipe instanceof ServerRecipe.Constructor constructor)) {
            throw new ServerStartException(Msg.same("grade-class cannot carry this check's recipe to the sandbox: "
                    + "write it with ServerRecipe.constructor(...)"), null);
        }
        HarnessLink harness = link(simpleName);
        List<String> args = new ArrayList<>(List.of(String.valueOf(timeout.toMillis()),
                constructor.variant() == null ? "" : constructor.variant()));
        for (int i = 0; i < constructor.types().size(); i++) {
            Class<?> type = constructor.types().get(i);
            Object value = constructor.args().get(i);
            args.add(type.getSimpleName());
            if (value instanceof Path path) {
                shareWithSandbox(path);
            }
            args.add(value instanceof Path path ? path.toAbsolutePath().toString() : String.valueOf(value));
        }
        try {
            List<String> answer = harness.ask(timeout.plus(ASK_MARGIN), "start", args.toArray(String[]::new));
            int port = Integer.parseInt(answer.get(1));
            int http = Integer.parseInt(answer.get(2));
            if (port <= 0 || port > 65535) {
                throw new ServerStartException(Msg.same("the server process named port " + port), null);
            }
            return InProcessServer.of(new RemoteInside(harness, answer.get(0), port, http, answer.get(3)));
        } catch (HarnessLink.NoAnswer e) {
            throw startFailure(simpleName, timeout, e);
        } catch (RuntimeException malformed) {
            throw new ServerStartException(Msg.same("the server process gave a malformed answer: " + malformed), null);
        }
    }

    /**
     * A check's folder handed to the server (lesson 07's site) lives in the worker's folder, bound read-only into the
     * sandbox; when the grader is root the sandbox's user is another, so the folder beside it is opened for reading.
     */
    private static void shareWithSandbox(Path path) {
        if (!Sandbox.isRoot()) {
            return;
        }
        Path folder = path.toAbsolutePath().getParent();
        try (var all = Files.walk(folder)) {
            for (Path each : all.toList()) {
                Files.setPosixFilePermissions(each, PosixFilePermissions.fromString(Files.isDirectory(each) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the server then fails to read its folder, and the check says so
        }
    }

    private ServerStartException startFailure(String simpleName, Duration timeout, HarnessLink.NoAnswer e) {
        List<String> fields = e.fields();
        if (fields.size() >= 3 && fields.get(0).equals("start-failed")) {
            Throwable cause = fields.size() > 3 ? ThrowableCopy.of(fields.subList(3, fields.size())) : null;
            return new ServerStartException(Msg.of(fields.get(1), fields.get(2)), cause);
        }
        if (fields.size() >= 2 && fields.get(0).equals("err")) {
            Throwable cause = ThrowableCopy.of(fields.subList(1, fields.size()));
            return new ServerStartException(Msg.of(simpleName + " 클래스를 불러오거나 만들 수 없습니다: " + cause,
                    simpleName + " could not be loaded or built: " + cause), cause);
        }
        if (!process.isAlive()) {
            return new ServerStartException(Msg.of("서버 프로세스가 끝났습니다 (종료 코드 " + process.exitValue() + ").",
                    "the server's process ended (exit code " + process.exitValue() + ")."), null);
        }
        return new ServerStartException(Msg.of(simpleName + ": " + timeout.toMillis() + " ms 안에 시작되지 않았습니다 (클래스의 static 초기화나 생성자에서 무한히 기다리거나 반복하나요?)",
                simpleName + " did not start within " + timeout.toMillis() + " ms (does a static initializer or the constructor wait or loop forever?)"), null);
    }

    private HarnessLink link(String simpleName) throws ServerStartException, InterruptedException {
        try {
            return link.get(CONNECT_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new ServerStartException(Msg.of("레슨 서버를 실행할 프로세스가 시작되지 않았습니다 (" + simpleName + "): " + rootMessage(e),
                    "the process that runs " + simpleName + " did not start: " + rootMessage(e)), null);
        }
    }

    private static String rootMessage(Exception e) {
        return e.getCause() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
    }

    private HarnessLink linkIfMade() {
        return link.isDone() && !link.isCompletedExceptionally() && !link.isCancelled() ? link.join() : null;
    }

    /**
     * Threads still in the lesson's code, as the process says; empty when it cannot say. A process whose every check
     * left a thread spinning in the lesson's code (an endless loop at class load: sixteen of them) answers slowly on a
     * busy machine; with 2 s it once could not.
     */
    List<String> stuckThreads() {
        HarnessLink harness = linkIfMade();
        if (harness == null || !process.isAlive()) {
            return List.of();
        }
        try {
            return harness.ask(STUCK_BOUND, "stuck");
        } catch (HarnessLink.NoAnswer e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The process ended by itself (System.exit, halt, a crash, out of memory) rather than by {@link #end}. */
    boolean endedByItself() throws InterruptedException {
        HarnessLink harness = linkIfMade();
        if (!ending && (harness == null || harness.gone())) {
            // the harness is gone: its sandbox follows within moments
            process.waitFor(2, TimeUnit.SECONDS);
        }
        return !process.isAlive() && !ending;
    }

    int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** The lesson's line that called System.exit, as the process reported it while exiting, or null. */
    String exitCaller() {
        HarnessLink harness = linkIfMade();
        return harness == null ? null : harness.exitCaller();
    }

    long printedBytes() {
        return output.total();
    }

    boolean flooded() {
        return output.flooded();
    }

    /** The last line the process printed (complete once it is closed), or empty. */
    String lastLine() {
        return output.lastLine();
    }

    /** Ends the process and everything in its sandbox (its process namespace goes with it). */
    void end() {
        ending = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public void close() throws InterruptedException {
        HarnessLink harness = linkIfMade();
        if (harness != null) {
            // the harness halts when its link closes: a sandbox that ends by itself is reaped, its CPU time counted
            harness.close();
            process.waitFor(500, TimeUnit.MILLISECONDS);
        }
        if (process.isAlive()) {
            end();
        }
        process.waitFor(5, TimeUnit.SECONDS);
        link.cancel(true);
        try {
            control.close();
        } catch (IOException e) {
            // closing anyway
        }
        outputThread.join(Duration.ofSeconds(5).toMillis());
    }
}
