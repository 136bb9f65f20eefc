package workbook.tools;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs one Java main class in a JVM of its own, with a heap limit and a wall-clock limit, in a session of its own
 * (so Linux shares the CPU fairly between sessions, not between threads: a submission that spins twelve threads
 * does not starve its neighbours), its output kept in a bounded file and the rest only counted.
 */
final class ChildJvm {

    /** How the child ended. {@code outputBytes} counts everything it wrote, kept or not. */
    record Outcome(int exitCode, boolean timedOut, long outputBytes, Duration took) {
    }

    /** Every child still running, so an interrupted grade-class leaves none behind. */
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ChildJvm::killTree), "grade-class-cleanup"));
    }

    private final String heap;
    private final long keepBytes;

    ChildJvm(String heap, long keepBytes) {
        this.heap = heap;
        this.keepBytes = keepBytes;
    }

    /** The command line: the same Java, classpath and class-data archive as this JVM, with the limits. */
    List<String> command(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);
                break;
            }
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:+ExitOnOutOfMemoryError", "-Xss1m", "-Dfile.encoding=UTF-8"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-XX:SharedArchiveFile=") || arg.startsWith("-Xlog:cds") || arg.startsWith("-Xshare")) {
                command.add(arg);
            }
        }
        String home = System.getProperty("workbook.home");
        if (home != null) {
            command.add("-Dworkbook.home=" + home);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    Outcome run(List<String> command, Path workDir, Path log, Duration limit) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Files.createDirectories(workDir);
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        RUNNING.add(process);
        try {
            BoundedCopy copy = new BoundedCopy(process.getInputStream(), log, keepBytes);
            Thread reader = new Thread(copy, "grade-class-output-" + process.pid());
            reader.setDaemon(true);
            reader.start();
            boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                killTree(process);
                process.waitFor(5, TimeUnit.SECONDS);
            }
            reader.join(Duration.ofSeconds(5).toMillis());
            int code = process.isAlive() ? -1 : process.exitValue();
            return new Outcome(code, !ended, copy.total(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            RUNNING.remove(process);
            if (process.isAlive()) {
                killTree(process);
            }
        }
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Copies a stream into a file up to a size, then only counts: a flood fills neither the disk nor the memory. */
    private static final class BoundedCopy implements Runnable {
        private final InputStream in;
        private final Path file;
        private final long keep;
        private volatile long total;

        BoundedCopy(InputStream in, Path file, long keep) {
            this.in = in;
            this.file = file;
            this.keep = keep;
        }

        long total() {
            return total;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[64 * 1024];
            try (in; OutputStream out = Files.newOutputStream(file)) {
                long written = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    int room = (int) Math.max(0, Math.min(n, keep - written));
                    if (room > 0) {
                        out.write(buffer, 0, room);
                        written += room;
                    }
                }
                if (total > written) {
                    out.write(("\n… (" + (total - written) + " more bytes not kept / 나머지 생략)\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the child was killed mid-write: what was kept stays
            }
        }
    }
}
