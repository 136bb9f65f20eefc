package workbook.tools.classgrade.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import workbook.grader.browser.ClientCheckExtension;
import workbook.grader.core.Check;
import workbook.grader.core.TempFolders;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.words.Msg;
import workbook.grader.core.server.ServerLauncher;
import workbook.grader.core.lesson.SourceCompiler;
import workbook.grader.core.server.Target;
import workbook.grader.run.GradeRunner;
import workbook.grader.run.LessonResult;
import workbook.tools.classgrade.CheckCatalog;
import workbook.tools.classgrade.LessonGrade;
import workbook.tools.classgrade.Sandbox;
import workbook.tools.classgrade.SubmissionOutcome;

/**
 * A grading worker: the trusted process that decides pass or fail. It never loads a submission's classes: it
 * compiles them, starts them in a {@link SubmissionProcess} of their own, runs the lesson's checks against that
 * process over loopback, and sends each grade to grade-class as one line on its standard output. Submissions come
 * one per line on its standard input ({@link Job}), and are graded one at a time, so when the worker has a network
 * namespace of its own no two submissions ever share a loopback.
 *
 * <p>{@code java ... GradingWorker --slot N --work DIR --lang ko --timeout-ms 60000 --heap 256m --sandbox true}
 */
public final class GradingWorker {

    /** The prefix of a grade on the worker's standard output; anything else there is not a grade. */
    public static final String GRADE = "@grade ";

    /** One submission to grade: where its lesson folder is, and where its output.log goes. */
    public record Job(String student, String lesson, String studentFolder, String source, String out) {
    }

    /** After its time limit, how long a submission's checks may take to fail their next step, once its process is gone. */
    private static final Duration WIND_DOWN = Duration.ofSeconds(30);

    /**
     * The longest a worker's own steps add to a submission's time limit, compiling aside: waiting for the sandboxed
     * process to start, and for the checks to wind down after the limit.
     */
    public static final Duration BEYOND_THE_TIME_LIMIT = SubmissionProcess.CONNECT_BOUND.plus(WIND_DOWN);

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Checks of one submission run at once: see {@link GradeRunner#CHECKS_AT_ONCE}. */
    private static final int CHECKS_AT_ONCE = 16;

    private final Sandbox sandbox;
    private final int slot;
    private final Path work;
    private final Lang lang;
    private final Duration timeLimit;
    private final String heap;
    private final Map<String, List<CheckCatalog.Entry>> catalogs = new HashMap<>();
    private volatile int graded;

    private GradingWorker(Sandbox sandbox, int slot, Path work, Lang lang, Duration timeLimit, String heap) {
        this.sandbox = sandbox;
        this.slot = slot;
        this.work = work;
        this.lang = lang;
        this.timeLimit = timeLimit;
        this.heap = heap;
    }

    public static void main(String[] args) throws Exception {
        // Grades go to the real standard output; anything else this JVM prints goes to its error stream.
        PrintStream grades = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        GradingWorker worker = new GradingWorker(Boolean.parseBoolean(options.get("--sandbox")) ? Sandbox.find() : Sandbox.none(),
                Integer.parseInt(options.get("--slot")), Path.of(options.get("--work")), Lang.parse(options.get("--lang")),
                Duration.ofMillis(Long.parseLong(options.get("--timeout-ms"))), options.get("--heap"));
        BufferedReader jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BlockingQueue<Optional<Job>> incoming = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = jobs.readLine(); line != null; line = jobs.readLine()) {
                    incoming.add(Optional.of(JSON.readValue(line, Job.class)));
                }
            } catch (IOException e) {
                System.err.println("grading worker: cannot read its jobs: " + e);
            }
            incoming.add(Optional.empty());
        }, "grading-worker-jobs");
        reader.setDaemon(true);
        reader.start();
        // While one submission's checks run, the next is compiled and its process started: that process only waits
        // until it is told to start a server, so no code of the next submission runs before this one's is gone.
        Optional<Job> first = incoming.take();
        Prepared current = first.isPresent() ? worker.prepare(first.get()) : null;
        while (current != null) {
            CompletableFuture<Prepared> next = CompletableFuture.supplyAsync(() -> {
                try {
                    Optional<Job> job = incoming.take();
                    return job.isPresent() ? worker.prepare(job.get()) : null;
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            LessonGrade grade = worker.finish(current);
            grades.println(GRADE + SubmissionOutcome.of(current.job().student(), grade,
                    ClientCheckExtension.pagesRanWithoutChromiumSandbox()).json());
            current = next.join();
        }
    }

    /** A submission made ready: graded already (no folder, does not compile), or compiled with its process started. */
    record Prepared(Job job, Lesson lesson, List<CheckCatalog.Entry> catalog, long start, LessonGrade early, Path classes,
                    SubmissionProcess process, String key) {
    }

    Prepared prepare(Job job) throws IOException {
        long start = System.nanoTime();
        Lesson lesson = Lessons.find(job.lesson()).orElseThrow();
        List<CheckCatalog.Entry> catalog;
        synchronized (catalogs) {
            catalog = catalogs.computeIfAbsent(lesson.id(), id -> CheckCatalog.of(lesson).orElse(List.of()));
        }
        Path source = Path.of(job.source());
        Path out = Files.createDirectories(Path.of(job.out()));
        if (!Files.isDirectory(source)) {
            Msg reason = Msg.of("레슨 폴더 " + lesson.folder() + " 가 없습니다", "no lesson folder " + lesson.folder());
            return new Prepared(job, lesson, catalog, start, LessonGrade.notGraded(lesson, LessonGrade.Kind.MISSING, catalog,
                    reason, List.of(reason), since(start), lang), null, null, null);
        }
        Optional<Msg> refused = SubmissionFiles.refusal(Path.of(job.studentFolder()), source);
        if (refused.isPresent()) {
            return new Prepared(job, lesson, catalog, start, LessonGrade.notGraded(lesson, LessonGrade.Kind.REFUSED, catalog,
                    refused.get(), List.of(refused.get()), since(start), lang), null, null, null);
        }
        int number = ++graded;
        Path classes = work.resolve("classes-" + number);
        SourceCompiler.Result compiled = SourceCompiler.compileFolder(source, classes);
        if (!compiled.ok()) {
            TempFolders.delete(classes);
            String first = compiled.errors().get(0).render(Path.of(job.studentFolder()).toAbsolutePath().normalize());
            Msg reason = Msg.of("컴파일 오류: " + first, "does not compile: " + first);
            return new Prepared(job, lesson, catalog, start, LessonGrade.notGraded(lesson, LessonGrade.Kind.COMPILE_ERROR,
                    catalog, reason, List.of(reason), since(start), lang), null, null, null);
        }
        // two users per worker, taken in turns, so the next submission's process never shares one with the current
        int user = slot * 2 + number % 2;
        SubmissionProcess process = SubmissionProcess.start(sandbox, lesson, classes, List.of(work), heap, user,
                out.resolve("output.log"));
        return new Prepared(job, lesson, catalog, start, null, classes, process, "slot-" + slot + "-" + number);
    }

    LessonGrade finish(Prepared prepared) throws IOException, InterruptedException {
        if (prepared.early() != null) {
            return prepared.early();
        }
        try {
            return run(prepared);
        } finally {
            TempFolders.delete(prepared.classes());
        }
    }

    /**
     * The checks' parameters: how many run at once, that other workers share the machine (so a check that waited in
     * vain runs again alone), the time limit a rerun must fit in, and the submission's lesson folder, whose browser
     * client (if the lesson has one) the checks load into Chromium here, as a page: a script in a browser, never code
     * in this JVM or the sandbox.
     */
    private Map<String, String> parametersOf(Job job) {
        return Map.of(ClientCheckExtension.CLIENT_PARAMETER, Path.of(job.source()).toAbsolutePath().toString(),
                GradeRunner.CHECKS_AT_ONCE, String.valueOf(CHECKS_AT_ONCE),
                Check.SHARED_MACHINE_PARAMETER, "true",
                GradeRunner.TIME_LIMIT, String.valueOf(timeLimit.toMillis()));
    }

    private LessonGrade run(Prepared prepared) throws IOException, InterruptedException {
        Lesson lesson = prepared.lesson();
        String key = prepared.key();
        Path log = Path.of(prepared.job().out()).resolve("output.log");
        try (SubmissionProcess process = prepared.process()) {
            ServerLauncher.register(key, process);
            process.awaitReady();
            CompletableFuture<LessonResult> checks = CompletableFuture.supplyAsync(
                    () -> GradeRunner.run(lesson, Target.isolated(key), lang, parametersOf(prepared.job())));
            LessonResult result = null;
            boolean timedOut = false;
            try {
                result = checks.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                timedOut = true;
                process.end();
                // with the process gone every check fails at its next step; each step is bounded
                try {
                    checks.get(WIND_DOWN.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException ignored) {
                    // graded as timed out anyway
                }
            } catch (ExecutionException e) {
                System.err.println("grading worker: the checks of " + lesson.id() + " failed: " + e.getCause());
            }
            List<String> stuck = timedOut ? List.of() : process.stuckThreads();
            boolean byItself = process.endedByItself();
            process.close();
            Verdict.Ending ending = new Verdict.Ending(timedOut, byItself, process.exitCode(), process.exitCaller(),
                    process.flooded(), process.printedBytes(), byItself && process.exitCode() == 3 && mentions(log, "Terminating due to java.lang.OutOfMemoryError"),
                    stuck, process.lastLine());
            return new Verdict(lang, timeLimit, heap).of(lesson, prepared.catalog(), result, ending, since(prepared.start()));
        } finally {
            ServerLauncher.unregister(key);
        }
    }

    private static boolean mentions(Path log, String word) throws IOException {
        return Files.isRegularFile(log) && new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(word);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
