package workbook.tools;

/**
 * The hostile code of {@link HostileSubmissionsTest}, as members of a lesson-01 EchoServer. Each attack prints what
 * it managed ("WRITE-OK path") and what it did not ("WRITE-DENIED path"), so the test reads the outcome in
 * output.log. {@code @RESULTS@}, {@code @CLASS@}, {@code @TMP@}, {@code @HOME@}, {@code @HOSTPORT@} are filled in.
 */
final class HostileCode {

    private HostileCode() {
    }

    static final String HELPERS = """
                static void tryWrite(String path) {
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of(path), "pwned");
                        System.out.println("WRITE-OK " + path);
                    } catch (Throwable e) {
                        System.out.println("WRITE-DENIED " + path + " " + e);
                    }
                }

                static void tryRead(String path) {
                    try {
                        System.out.println("READ-OK " + path + " " + java.nio.file.Files.readString(java.nio.file.Path.of(path)));
                    } catch (Throwable e) {
                        System.out.println("READ-DENIED " + path + " " + e);
                    }
                }

                static String commandLine() {
                    try {
                        return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/self/cmdline")));
                    } catch (Throwable e) {
                        return "";
                    }
                }
            """;

    /** The attack of issue 9: read the command line, overwrite the results, halt before anything says otherwise. */
    static final String FORGED_REPORT = """
            static {
                    String command = commandLine();
                    String shown = command.replace('\\0', ' ');
                    System.out.println("CMDLINE " + shown.substring(0, Math.min(shown.length(), 200)));
                    tryWrite("@RESULTS@/grades.csv");
                    tryWrite("@RESULTS@/honest-1/01-echo/results.json");
                    tryWrite("@RESULTS@/forged-report/01-echo/results.json");
                    tryWrite("@RESULTS@/pwned.txt");
                    for (String arg : command.split("\\0")) {
                        if (arg.startsWith("/")) {
                            tryWrite(arg + "/pwned.txt");
                            tryWrite(arg + ".pwned");
                        }
                    }
                    Runtime.getRuntime().halt(0);
                }
            """;

    static final String READS_OTHERS = """
            static {
                    tryRead("@CLASS@/honest-1/01-echo/EchoServer.java");
                    tryRead("@HOME@/solutions/01-echo/EchoServer.java");
                    tryRead("@RESULTS@/grades.md");
                    tryRead("@RESULTS@/honest-1/01-echo/output.log");
                    tryRead("/etc/shadow");
                    tryRead(System.getProperty("user.home") + "/.bash_history");
                    for (String folder : new String[] {"@CLASS@", "@RESULTS@", "@TMP@", "@HOME@/solutions", "@HOME@/lessons", "/home"}) {
                        try (var list = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
                            System.out.println("LIST-OK " + folder + " " + list.toList());
                        } catch (Throwable e) {
                            System.out.println("LIST-DENIED " + folder);
                        }
                    }
                }
            """;

    /** Its own lesson folder, the test's folder, the workbook, the host's /tmp, the grader's own files (classpath). */
    static final String WRITES_OUTSIDE = """
            static {
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of("ok.txt"), "mine");
                        System.out.println("SCRATCH-OK " + java.nio.file.Path.of("ok.txt").toAbsolutePath());
                    } catch (Throwable e) {
                        System.out.println("SCRATCH-DENIED " + e);
                    }
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/pwned-" + "@TMP@".replaceAll(".*/", "")), "x");
                        System.out.println("PRIVATE-TMP-WRITTEN");
                    } catch (Throwable e) {
                        System.out.println("PRIVATE-TMP-DENIED");
                    }
                    tryWrite("@HOME@/pwned.txt");
                    tryWrite("@HOME@/solutions/01-echo/pwned.txt");
                    tryWrite("@CLASS@/writes-outside/01-echo/pwned.java");
                    tryWrite("@TMP@/pwned.txt");
                    // once: the class is loaded afresh for every check
                    boolean first = System.getProperty("classpath.tried") == null;
                    System.setProperty("classpath.tried", "yes");
                    for (String entry : first ? System.getProperty("java.class.path").split(":") : new String[0]) {
                        if (entry.endsWith(".jar")) {
                            try (var jar = new java.io.FileOutputStream(entry, true)) {
                                jar.write(0);
                                System.out.println("WRITE-OK " + entry);
                            } catch (Throwable e) {
                                System.out.println("WRITE-DENIED " + entry);
                            }
                        } else {
                            tryWrite(entry + "/pwned.txt");
                        }
                    }
                }
            """;

    /** A stub that hides its stub exceptions from its own process's answers and looks for the checks in its JVM. */
    static final String REFLECTION = """
            static {
                    for (var thread : Thread.getAllStackTraces().entrySet()) {
                        for (StackTraceElement frame : thread.getValue()) {
                            String name = frame.getClassName();
                            if (name.startsWith("org.junit") || name.startsWith("workbook.grader.run") || name.contains("GradingWorker")) {
                                System.out.println("GRADER-FOUND " + frame);
                            }
                        }
                    }
                    try {
                        var field = Class.forName("workbook.grader.core.server.ServerLauncher").getField("REGISTERED");
                        System.out.println("LAUNCHERS-HERE " + field.get(null));
                    } catch (Throwable e) {
                        System.out.println("NO-LAUNCHERS " + e);
                    }
                }

                @Override
                public java.util.List<Throwable> errors() {
                    return java.util.List.of();
                }
            """;

    static final String KILLS = """
            static {
                    ProcessHandle.allProcesses().forEach(p -> {
                        String command = p.info().commandLine().orElse("");
                        boolean grader = command.contains("GradingWorker") || command.contains("surefire") || command.contains("maven");
                        System.out.println("SAW " + p.pid() + (grader ? " GRADER-SEEN " + command : ""));
                        if (p.pid() != ProcessHandle.current().pid()) {
                            p.destroyForcibly();
                        }
                    });
                    try {
                        new ProcessBuilder("kill", "-9", "-1").inheritIO().start().waitFor();
                        for (int pid = 1; pid < 5000; pid++) {
                            if (pid != ProcessHandle.current().pid()) {
                                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                            }
                        }
                    } catch (Throwable e) {
                        System.out.println("KILL-FAILED " + e);
                    }
                }
            """;

    static final String FORK_BOMB = """
            static {
                    try {
                        new ProcessBuilder("/bin/sh", "-c", "b() { b | b & }; b").start();
                    } catch (Throwable e) {
                        System.out.println("BOMB-FAILED " + e);
                    }
                }
            """;

    static final String THREAD_BOMB = """
            static {
                    int started = 0;
                    try {
                        while (started < 100_000) {
                            Thread sleeper = new Thread(() -> {
                                try {
                                    Thread.sleep(Long.MAX_VALUE);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            });
                            sleeper.setDaemon(true);
                            sleeper.start();
                            started++;
                        }
                    } catch (Throwable e) {
                        System.out.println("THREADS-STOPPED-AT " + started + " " + e);
                    }
                }
            """;

    static final String FILLS_DISK = """
            static {
                    long written = 0;
                    byte[] mebibyte = new byte[1024 * 1024];
                    try (var out = new java.io.FileOutputStream("fill.bin")) {
                        while (written < 1024L * 1024 * 1024) {
                            out.write(mebibyte);
                            written += mebibyte.length;
                        }
                    } catch (Throwable e) {
                        System.out.println("DISK-FULL-AT " + written);
                    }
                    try {
                        java.nio.file.Files.deleteIfExists(java.nio.file.Path.of("fill.bin"));
                    } catch (Throwable e) {
                        System.out.println("could not clean up: " + e);
                    }
                }
            """;

    static final String ENDLESS_STATIC = """
            static {
                    long spins = 0;
                    while (System.nanoTime() != 0) {
                        spins++;
                    }
                    System.out.println(spins);
                }
            """;

    static final String GIGABYTE = """
            static {
                    byte[] line = "a gigabyte of output, line after line\\n".repeat(1600).getBytes();
                    for (long printed = 0; printed < 1024L * 1024 * 1024; printed += line.length) {
                        System.out.write(line, 0, line.length);
                    }
                    System.out.flush();
                }
            """;

    static final String LEAVES_LOOPBACK = """
            static {
                    try (var socket = new java.net.Socket()) {
                        socket.connect(new java.net.InetSocketAddress("127.0.0.1", @HOSTPORT@), 1000);
                        System.out.println("NET-OK");
                    } catch (Throwable e) {
                        System.out.println("NET-DENIED " + e);
                    }
                }
            """;
}
