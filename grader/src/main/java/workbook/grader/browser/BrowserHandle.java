package workbook.grader.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import workbook.grader.core.CheckFailed;
import workbook.grader.core.words.Lang;

/**
 * The browser of a check run, started in the background as soon as the run's client task begins, so that it starts
 * while the server checks run. Closed with the run; with {@code -Dworkbook.browser.reuse=true} (the grader's own
 * tests, which grade many clients in one JVM) one browser serves every run of the JVM.
 */
final class BrowserHandle implements AutoCloseable {

    private static final Duration START_BOUND = Duration.ofSeconds(20);
    private static BrowserHandle reused;
    private static BrowserHandle warming;

    private final Optional<ChromiumInstall> install = ChromiumInstall.find();
    private CompletableFuture<SharedBrowser> starting;

    private BrowserHandle() {
    }

    /** Starts Chromium in the background, once; a run that never asks for the browser never starts one. */
    synchronized BrowserHandle start() {
        if (starting == null && install.isPresent()) {
            starting = CompletableFuture.supplyAsync(() -> SharedBrowser.start(install.get()));
        }
        return this;
    }

    /**
     * Starts the next run's browser now, before the run begins (./workbook check calls it as it starts, so that
     * Chromium starts while the lesson compiles and JUnit gets ready). Quit at exit if no run takes it.
     */
    static synchronized void warmUp() {
        if (warming == null && reused == null) {
            warming = new BrowserHandle().start();
            BrowserHandle started = warming;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                synchronized (BrowserHandle.class) {
                    if (warming == started) {
                        started.quit();
                    }
                }
            }, "workbook-browser-unused"));
        }
    }

    static BrowserHandle create() {
        synchronized (BrowserHandle.class) {
            if (warming != null) {
                BrowserHandle taken = warming;
                warming = null;
                return taken;
            }
        }
        if (!Boolean.getBoolean("workbook.browser.reuse")) {
            return new BrowserHandle();
        }
        synchronized (BrowserHandle.class) {
            if (reused == null) {
                reused = new BrowserHandle();
                Runtime.getRuntime().addShutdownHook(new Thread(reused::quit, "workbook-browser-quits"));
            }
            return reused;
        }
    }

    /** The browser, or a failure that says in one line what to install. */
    SharedBrowser get(Lang lang) {
        start();
        if (starting == null) {
            throw new CheckFailed(ChromiumInstall.MISSING.in(lang) + "\n");
        }
        try {
            return starting.get(START_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new CheckFailed((lang == Lang.KO ? "Chromium을 시작하지 못했습니다: " : "Chromium did not start: ")
                    + e.getCause() + "\n" + ChromiumInstall.MISSING.in(lang) + "\n");
        } catch (TimeoutException e) {
            throw new CheckFailed((lang == Lang.KO ? "Chromium이 " : "Chromium did not start within ")
                    + START_BOUND.toSeconds() + (lang == Lang.KO ? "초 안에 시작하지 않았습니다.\n" : " s.\n"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting Chromium", e);
        }
    }

    /**
     * A run's end: quits the browser unless it is the one every run of this JVM shares, which starts afresh for the
     * next run (nothing of this run's pages is left), or is quit if it cannot.
     */
    @Override
    public void close() {
        if (this != reused) {
            quit();
            return;
        }
        SharedBrowser browser = startedBrowser();
        if (browser == null) {
            return;
        }
        try {
            browser.renew();
        } catch (IOException | RuntimeException e) {
            synchronized (BrowserHandle.class) {
                reused = null;
            }
            quit();
        }
    }

    /** The browser if it started already (waiting, bounded, for one still starting); null if none did. */
    private synchronized SharedBrowser startedBrowser() {
        if (starting == null) {
            return null;
        }
        try {
            return starting.get(START_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits (bounded) for a browser still starting, so that no Chromium outlives the run, then quits it. */
    private synchronized void quit() {
        if (starting == null) {
            return;
        }
        try {
            starting.get(START_BOUND.toMillis(), TimeUnit.MILLISECONDS).close();
        } catch (ExecutionException e) {
            // it never started: nothing to quit
        } catch (TimeoutException e) {
            starting.thenAccept(SharedBrowser::close);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            starting = null;
        }
    }
}
