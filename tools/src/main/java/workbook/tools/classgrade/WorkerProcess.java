package workbook.tools.classgrade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import workbook.grader.core.words.Lang;
import workbook.tools.classgrade.worker.GradingWorker;

/**
 * grade-class's end of one grading worker: starts it (in a network namespace of its own when sandboxed), hands it
 * one submission at a time and reads back its grade. A worker that dies is started again for the next submission.
 */
final class WorkerProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every worker still running, so an interrupted grade-class leaves none behind. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(WorkerProcess::kill), "grade-class-cleanup"));
    }

    /** Thrown when a worker gave no grade within its bound; the worker has been ended. */
    static final class NoGradeInTime extends IOException {
        NoGradeInTime(Duration bound) {
            super("the grading worker gave no grade within " + bound.toSeconds() + " s, so it was stopped");
        }
    }

    private final List<String> command;
    private Process process;
    private OutputStream jobs;
    /** The worker's grade lines, read as they come; empty once its output ends. */
    private BlockingQueue<Optional<String>> grades;

    WorkerProcess(Sandbox sandbox, int slot, Path work, Lang lang, Duration timeLimit, String heap) {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m", "-Dfile.encoding=UTF-8",
                "-Djava.io.tmpdir=" + work,
                // one Chromium per worker, each submission's pages in a browser context of their own, thrown away after
                "-Dworkbook.browser.reuse=true"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-XX:SharedArchiveFile=") || arg.startsWith("-Xlog:cds") || arg.startsWith("-Xshare")
                    || arg.startsWith("-Dworkbook.home=")) {
                java.add(arg);
            }
        }
        java.addAll(List.of("-cp", System.getProperty("java.class.path"), GradingWorker.class.getName(),
                "--slot", String.valueOf(slot), "--work", work.toString(), "--lang", lang.name().toLowerCase(Locale.ROOT),
                "--timeout-ms", String.valueOf(timeLimit.toMillis()), "--heap", heap, "--sandbox", String.valueOf(sandbox.enabled())));
        this.command = sandbox.worker(java);
    }

    /** A worker started with {@code command} as it is (the tests' stand-ins for a worker). */
    WorkerProcess(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** Hands the worker a submission; it starts on it when the one before is graded. */
    void send(GradingWorker.Job job) throws IOException {
        if (process == null || !process.isAlive()) {
            start();
        }
        try {
            jobs.write((JSON.writeValueAsString(job) + "\n").getBytes(StandardCharsets.UTF_8));
            jobs.flush();
        } catch (IOException e) {
            close();
            throw new IOException("the grading worker ended before it took a submission", e);
        }
    }

    /**
     * The grade of the oldest submission sent, within {@code bound}; a worker that fails, or gives no grade in time
     * ({@link NoGradeInTime}), gives the reason instead, and is ended.
     */
    SubmissionOutcome receive(Duration bound) throws IOException, InterruptedException {
        Optional<String> line = grades.poll(bound.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            end();
            throw new NoGradeInTime(bound);
        }
        if (line.isPresent()) {
            try {
                return SubmissionOutcome.parse(line.get());
            } catch (JsonProcessingException e) {
                close();
                throw new IOException("a grading worker sent a grade that cannot be read: " + e.getOriginalMessage(), e);
            }
        }
        int code = process.isAlive() ? -1 : process.exitValue();
        close();
        throw new IOException("the grading worker ended (exit code " + code + ")");
    }

    private void start() throws IOException {
        process = Sandbox.spawn(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT));
        RUNNING.add(process);
        jobs = process.getOutputStream();
        BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
        grades = lines;
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try (output) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.startsWith(GradingWorker.GRADE)) {
                        lines.add(Optional.of(line.substring(GradingWorker.GRADE.length())));
                    }
                }
            } catch (IOException e) {
                // the worker died: its end is said below
            }
            lines.add(Optional.empty());
        }, "grade-class-worker-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Ends a worker that gave no grade in time, at once: it will not give one. */
    private void end() {
        kill(process);
        close();
    }

    /** A worker and everything it started (the submissions' sandboxes), at once. */
    private static void kill(Process worker) {
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        try {
            jobs.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                kill(process);
            }
        } catch (IOException e) {
            kill(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
        } finally {
            RUNNING.remove(process);
            process = null;
        }
    }
}
