package workbook.tools.classgrade;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bubblewrap ({@code bwrap}) command lines of grade-class. A submission's process sees a root made of the
 * system's read-only folders, the Java it runs on, the workbook's jars and the folder it is graded from (all
 * read-only), a small private /tmp and a small scratch folder (its working folder, the only place it may write);
 * no home folder, no other submission, no solutions, no results. It has its own process namespace (it cannot see or
 * signal the grader), runs as an unprivileged user when the grader is root, and has limits on processes, file size
 * and address space. Its network is the grading worker's: a fresh namespace with only a loopback of its own.
 */
public final class Sandbox {

    /** The size of the private /tmp and of the scratch folder, each. */
    static final String TMPFS_BYTES = String.valueOf(16L * 1024 * 1024);
    /** The scratch folder, the submission's working folder inside the sandbox. */
    static final String SCRATCH = "/scratch";
    /** Processes and threads a submission may have at once, beyond what its user already had. */
    public static final int PROCESS_BUDGET = 400;
    /** The unprivileged users sandboxes run as when the grader is root: one per worker, never two at once. */
    static final int FIRST_UID = 61000;

    /** Top folders bound from the host with everything below them: a path inside one is there already. */
    private static final Set<String> HOST_TREES = Set.of("usr", "etc", "bin", "sbin", "lib", "lib32", "lib64", "libx32");
    /** Top folders the sandbox makes afresh (/proc, /dev, and /tmp empty): only the folder itself is there. */
    private static final Set<String> FRESH_TOPS = Set.of("proc", "dev", "tmp");

    /** The major and minor number at the start of a kernel's version. */
    private static final Pattern KERNEL_VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

    private final Optional<Path> bwrap;

    private Sandbox(Optional<Path> bwrap) {
        this.bwrap = bwrap;
    }

    /**
     * Starts a process from one thread that lives as long as this JVM: bwrap's --die-with-parent ends the sandbox
     * when the THREAD that started it ends, and pool threads end when idle.
     */
    public static Process spawn(ProcessBuilder builder) throws IOException {
        try {
            return SPAWNER.submit(builder::start).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + builder.command().get(0), e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private static final java.util.concurrent.ExecutorService SPAWNER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "sandbox-spawner");
        thread.setDaemon(true);
        return thread;
    });

    /** Off: the submission still runs in a process of its own, but with the instructor's rights. */
    public static Sandbox none() {
        return new Sandbox(Optional.empty());
    }

    /** A working bubblewrap, or the one line that says what to install. */
    public static Sandbox find() throws Unavailable {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            throw new Unavailable("grade-class sandboxes submissions with bubblewrap, which needs Linux; on "
                    + System.getProperty("os.name") + " run it in a Linux VM or container with bubblewrap, or pass --no-sandbox"
                    + " / 리눅스의 bubblewrap이 필요합니다 (또는 --no-sandbox)");
        }
        // workbook.bwrap names the program instead of PATH: the tests use it to see the refusal
        String named = System.getProperty("workbook.bwrap");
        Optional<Path> found = named != null ? Optional.of(Path.of(named)).filter(Files::isExecutable) : onPath("bwrap");
        if (found.isEmpty()) {
            throw new Unavailable("grade-class sandboxes submissions with bubblewrap: install it (Debian/Ubuntu: sudo apt-get install "
                    + "bubblewrap; Fedora: sudo dnf install bubblewrap), or pass --no-sandbox / bubblewrap을 설치하세요 (또는 --no-sandbox)");
        }
        try {
            Process probe = new ProcessBuilder(found.get().toString(), "--ro-bind", "/", "/", "--unshare-net", "--unshare-pid",
                    "--dev", "/dev", "--proc", "/proc", "--", "/bin/true").redirectErrorStream(true).start();
            String said = new String(probe.getInputStream().readAllBytes()).trim();
            if (!probe.waitFor(10, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                probe.destroyForcibly();
                throw new Unavailable("bubblewrap is installed but cannot make a sandbox here (" + said + "): allow unprivileged user "
                        + "namespaces (sysctl kernel.unprivileged_userns_clone=1), or pass --no-sandbox / bubblewrap이 동작하지 않습니다");
            }
        } catch (IOException e) {
            throw new Unavailable("bubblewrap could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while trying bubblewrap");
        }
        return new Sandbox(found);
    }

    public boolean enabled() {
        return bwrap.isPresent();
    }

    /** A grading worker: everything as the instructor has it, but in a network namespace of its own (loopback only). */
    public List<String> worker(List<String> command) {
        if (bwrap.isEmpty()) {
            return command;
        }
        List<String> line = new ArrayList<>(List.of(bwrap.get().toString(), "--dev-bind", "/", "/", "--unshare-net",
                "--die-with-parent", "--"));
        line.addAll(command);
        return line;
    }

    /**
     * A submission's process: {@code java} and its arguments, with {@code readable} (jars, the class-data archive,
     * the worker's folder of compiled classes and check files) bound read-only at their own paths.
     */
    public List<String> submission(List<String> java, List<Path> readable, int slot, String addressSpace) throws IOException {
        List<String> limits = List.of("--nproc=" + processLimit(bwrap.isPresent()), "--fsize=" + TMPFS_BYTES, "--as=" + addressSpace,
                "--core=0");
        if (bwrap.isEmpty()) {
            if (onPath("prlimit").isEmpty()) {
                return java;
            }
            List<String> line = new ArrayList<>(List.of(prlimit()));
            line.addAll(limits);
            line.add("--");
            line.addAll(java);
            return line;
        }
        List<String> line = new ArrayList<>(List.of(bwrap.get().toString(), "--unshare-pid", "--unshare-ipc", "--unshare-uts",
                "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--hostname", "sandbox"));
        if (!isRoot()) {
            // what an unprivileged bwrap does anyway, said outright: the process budget counts in this namespace
            line.add(1, "--unshare-user");
        }
        for (String system : List.of("/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
            Path path = Path.of(system);
            if (Files.isSymbolicLink(path)) {
                line.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), system));
            } else if (Files.isDirectory(path)) {
                line.addAll(List.of("--ro-bind", system, system));
            }
        }
        line.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", TMPFS_BYTES, "--perms", "1777", "--tmpfs", "/tmp"));
        Set<Path> binds = new LinkedHashSet<>();
        binds.add(Path.of(System.getProperty("java.home")).toRealPath());
        for (Path path : readable) {
            if (Files.exists(path)) {
                binds.add(path.toAbsolutePath().normalize());
            }
        }
        // bwrap would make the folders on the way to a bound path readable by their owner only, not by the sandbox's user.
        // They are read-only too: for a workbook kept under /tmp they lie on the submission's own, writable /tmp.
        Set<Path> ancestors = new LinkedHashSet<>();
        for (Path path : binds) {
            for (Path up = path.getParent(); up != null && up.getNameCount() > 0; up = up.getParent()) {
                if (!alreadyThere(up)) {
                    ancestors.add(up);
                }
            }
        }
        ancestors.stream().sorted(Comparator.comparingInt(Path::getNameCount))
                .forEach(up -> line.addAll(List.of("--perms", "0555", "--dir", up.toString())));
        for (Path path : binds) {
            line.addAll(List.of("--ro-bind", path.toString(), path.toString()));
        }
        // The root bwrap builds is a tmpfs of its own with no size limit, and for a grader that is not root the folders
        // made on it belong to the submission's user: read-only, so that only /tmp and /scratch, 16 MiB each, take writes.
        line.addAll(List.of("--size", TMPFS_BYTES, "--perms", "1777", "--tmpfs", SCRATCH, "--remount-ro", "/", "--chdir", SCRATCH,
                "--setenv", "HOME", SCRATCH, "--setenv", "TMPDIR", "/tmp", "--setenv", "MALLOC_ARENA_MAX", "2", "--"));
        line.add(prlimit());
        line.addAll(limits);
        line.add("--");
        if (isRoot()) {
            int uid = FIRST_UID + slot;
            line.addAll(List.of(setpriv(), "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--inh-caps=-all",
                    "--bounding-set=-all", "--no-new-privs", "--"));
        }
        line.addAll(java);
        return line;
    }

    /** A workbook cloned under /tmp has its jars below the sandbox's fresh /tmp, where the folders on the way are not. */
    private static boolean alreadyThere(Path folder) {
        String top = folder.getName(0).toString();
        return HOST_TREES.contains(top) || folder.getNameCount() == 1 && FRESH_TOPS.contains(top);
    }

    /**
     * RLIMIT_NPROC counts the processes and threads of a user; root is never held by it, which is why a root grader
     * switches users. Since Linux 5.14 it counts them in each user namespace, and the sandbox of a grader who is not
     * root has one of its own ({@code sandboxed}), so the budget is the submission's alone. Without a sandbox, or on
     * older kernels, the count is the user's across the machine, so the budget comes on top of what they run already:
     * there a fork bomb could grow as large as everything else the grading user runs (about 700 threads in CI).
     */
    private static int processLimit(boolean sandboxed) throws IOException {
        if (isRoot() || sandboxed && countsPerUserNamespace(System.getProperty("os.version", ""))) {
            return PROCESS_BUDGET;
        }
        long mine = 0;
        try (var all = Files.list(Path.of("/proc"))) {
            for (Path proc : all.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.getOwner(proc, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
                        try (var tasks = Files.list(proc.resolve("task"))) {
                            mine += tasks.count();
                        }
                    }
                } catch (IOException gone) {
                    // a process that ended while we counted
                }
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, mine + PROCESS_BUDGET);
    }

    /** Whether the kernel, by its version ({@code 6.1.0-18-amd64}), counts RLIMIT_NPROC per user namespace (5.14 on). */
    public static boolean countsPerUserNamespace(String kernel) {
        Matcher version = KERNEL_VERSION.matcher(kernel);
        if (!version.find()) {
            return false;
        }
        int major = Integer.parseInt(version.group(1));
        return major > 5 || major == 5 && Integer.parseInt(version.group(2)) >= 14;
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String prlimit() {
        return onPath("prlimit").map(Path::toString).orElse("prlimit");
    }

    private static String setpriv() {
        return onPath("setpriv").map(Path::toString).orElse("setpriv");
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** No sandbox can be made here; the message says what to install. */
    public static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }
}
