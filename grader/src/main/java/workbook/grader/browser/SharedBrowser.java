package workbook.grader.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import workbook.grader.browser.devtools.BrowserContexts;
import workbook.grader.core.BoundedWork;
import workbook.grader.core.TempFolders;

/**
 * The one headless Chromium of a check run, shared by every client check of the run, one check at a time: each
 * takes its {@link #turn()} and loads its page, which replaces the page of the check before. Started offline, with a fresh
 * profile, from the system's own binaries, so Selenium Manager never runs and nothing is downloaded. Every page
 * it loads first runs {@link PageRecorder#SCRIPT}.
 */
final class SharedBrowser implements AutoCloseable {

    private static final Duration PAGE_LOAD_BOUND = Duration.ofSeconds(3);
    private static final Duration SCRIPT_BOUND = Duration.ofSeconds(2);
    private static final Duration RENEW_BOUND = Duration.ofSeconds(10);
    private static final Duration QUIT_BOUND = Duration.ofSeconds(5);
    private static final long ROOMY_SHARED_MEMORY = 512L * 1024 * 1024;
    private static final AtomicBoolean STARTED_WITHOUT_ITS_SANDBOX = new AtomicBoolean();

    private final ChromeDriver driver;
    private final Path profile;
    private final Path temp;
    private final BrowserContexts contexts;
    /** Whether Chromium runs its pages in its own sandbox (a namespace of their own, under seccomp). */
    private final boolean ownSandbox;
    /** The browser context the checks' pages open in; the browser's first tab stays blank outside it. */
    private BrowserContexts.Context context;
    /** One check at a time; a semaphore, since a check's steps and its closing may run on different threads. */
    private final Semaphore turn = new Semaphore(1);

    private SharedBrowser(ChromeDriver driver, Path profile, Path temp, BrowserContexts contexts, boolean ownSandbox) {
        this.driver = driver;
        this.profile = profile;
        this.temp = temp;
        this.contexts = contexts;
        this.ownSandbox = ownSandbox;
    }

    static SharedBrowser start(ChromiumInstall install) {
        // Selenium logs its own chatter through java.util.logging; a learner needs none of it.
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        Path profile = TempFolders.create("workbook-chromium-");
        // Chromium's own temporary folder, which close() deletes even after ending Chromium: in /tmp, not a grading
        // worker's long java.io.tmpdir, since a socket Chromium makes in it may have a path of at most 107 bytes
        Path temp = TempFolders.create(Path.of("/tmp"), "workbook-chromium-tmp-");
        boolean ownSandbox = !runsAsRoot();
        ChromeDriver driver;
        try {
            driver = launch(install, profile, temp, ownSandbox);
        } catch (SessionNotCreatedException noSandboxHere) {
            if (!ownSandbox) {
                throw noSandboxHere;
            }
            // a machine without unprivileged user namespaces cannot give Chromium its sandbox: it runs without one
            ownSandbox = false;
            driver = launch(install, profile, temp, false);
        }
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_BOUND).scriptTimeout(SCRIPT_BOUND);
        SharedBrowser browser = null;
        try {
            Object debugger = ((Map<?, ?>) driver.getCapabilities().getCapability("goog:chromeOptions")).get("debuggerAddress");
            browser = new SharedBrowser(driver, profile, temp, BrowserContexts.connect(String.valueOf(debugger)), ownSandbox);
            if (!ownSandbox) {
                STARTED_WITHOUT_ITS_SANDBOX.set(true);
            }
            browser.renew();
            return browser;
        } catch (IOException | RuntimeException e) {
            if (browser != null) {
                browser.close();
            } else {
                driver.quit();
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * Starts Chromium under chromedriver. The pages run the students' scripts, so Chromium keeps its own sandbox
     * wherever it can: it refuses to run as root with one, and that is the only time it is turned off from the start.
     */
    private static ChromeDriver launch(ChromiumInstall install, Path profile, Path temp, boolean ownSandbox) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(install.browser().toFile());
        options.addArguments("--headless=new", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-features=Translate,MediaRouter,OptimizationHints,BackForwardCache",
                "--host-resolver-rules=MAP " + PageServer.HOST + " 127.0.0.1",
                "--window-size=1000,800", "--user-data-dir=" + profile);
        if (!ownSandbox) {
            options.addArguments("--no-sandbox");
        }
        if (!roomySharedMemory()) {
            // a container's 64 MB /dev/shm crashes tabs; Chromium then shares memory through files in /tmp instead
            options.addArguments("--disable-dev-shm-usage");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(install.driver().toString()))
                .usingAnyFreePort()
                .withSilent(true)
                .withEnvironment(Map.of("TMPDIR", temp.toString()))
                .build();
        return new ChromeDriver(service, options);
    }

    /** Whether this process runs as root (user id 0), where Chromium cannot use its own sandbox. */
    static boolean runsAsRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | RuntimeException notLinux) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /**
     * Whether /dev/shm has room for Chromium's shared memory. Where it has (a machine's own, half of its memory), using
     * it costs less than files in /tmp: grade-class graded lessons 01 and 02 3% faster here.
     */
    private static boolean roomySharedMemory() {
        try {
            return Files.getFileStore(Path.of("/dev/shm")).getUsableSpace() >= ROOMY_SHARED_MEMORY;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Moves the checks to a new browser context and throws the old one away, with every page, window, worker and
     * stored thing of the runs before: a browser that serves many runs starts each as a fresh one would.
     */
    synchronized void renew() throws IOException {
        // never in the middle of a check (a run that overran its time may still be finishing one)
        try {
            if (!turn.tryAcquire(RENEW_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("a check kept the browser for " + RENEW_BOUND.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the browser", e);
        }
        try {
            // The old pages go first: chromedriver's switch to the next tab waits on the current one, and a page whose
            // script never ends held it for 190 s (Selenium's own 3-minute bound).
            BrowserContexts.Context old = context;
            context = null;
            if (old != null) {
                contexts.dispose(old);
            }
            BrowserContexts.Context next = contexts.open();
            driver.switchTo().window(next.tab());
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PageRecorder.SCRIPT));
            context = next;
        } finally {
            turn.release();
        }
    }

    /** Whether this JVM has started a Chromium that runs its pages without its own sandbox. */
    static boolean startedWithoutItsSandbox() {
        return STARTED_WITHOUT_ITS_SANDBOX.get();
    }

    ChromeDriver driver() {
        return driver;
    }

    boolean ownSandbox() {
        return ownSandbox;
    }

    Semaphore turn() {
        return turn;
    }

    @Override
    public void close() {
        contexts.close();
        try {
            quitWithin(QUIT_BOUND);
        } finally {
            TempFolders.delete(profile);
            TempFolders.delete(temp);
        }
    }

    /**
     * chromedriver's quit waits for every page to close, and a page whose script never ends does not (it took 32 s
     * here): past {@code bound}, this browser's Chromium, its pages and its chromedriver are ended instead.
     */
    private void quitWithin(Duration bound) {
        boolean quit;
        try {
            quit = BoundedWork.endsWithin(bound, "workbook-quits-chromium", () -> {
                try {
                    driver.quit();
                } catch (WebDriverException ended) {
                    // the chromedriver ended below, past the bound, answers no more: its processes are gone all the same
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            quit = false;
        }
        if (quit) {
            return;
        }
        String ours = "--user-data-dir=" + profile;
        ProcessHandle.current().descendants().filter(process -> commandLine(process).contains(ours)).forEach(chromium -> {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
            chromium.parent().filter(parent -> commandLine(parent).contains("chromedriver")).ifPresent(ProcessHandle::destroyForcibly);
        });
    }

    /** From /proc where there is one: Java's own {@code info()} says nothing of a process that made itself undumpable. */
    static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException noProc) {
            return process.info().commandLine().orElse("");
        }
    }
}
