package workbook.tools.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Up to three browser windows, each a session of its own (as three people on three computers), started when first
 * asked for and kept for the whole run; between tests every window goes back to a blank page, which closes its
 * WebSocket.
 */
public final class Windows implements AutoCloseable {

    static final int MOST = 3;

    private final Path work;
    private final List<ChromeDriver> started = new ArrayList<>();

    Windows(Path work) {
        this.work = work;
    }

    /** Window {@code n} (0, 1 or 2). */
    public synchronized WebDriver get(int n) {
        if (n < 0 || n >= MOST) {
            throw new IllegalArgumentException("windows 0 to " + (MOST - 1) + " only (the machine is small)");
        }
        while (started.size() <= n) {
            try {
                started.add(Chromium.start(work.resolve("profiles")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return started.get(n);
    }

    synchronized int count() {
        return started.size();
    }

    /** Blank pages and empty console logs for the next test. */
    synchronized void reset() {
        for (ChromeDriver window : started) {
            window.get("about:blank");
            window.manage().logs().get(LogType.BROWSER);
        }
    }

    /** A screenshot and the console log of every open window; returns the files written. */
    synchronized List<Path> saveEvidence(String name) {
        List<Path> saved = new ArrayList<>();
        Path folder = work.resolve("browser-failures");
        for (int i = 0; i < started.size(); i++) {
            ChromeDriver window = started.get(i);
            String base = name + "-window" + i;
            try {
                Files.createDirectories(folder);
                Path png = folder.resolve(base + ".png");
                Files.write(png, window.getScreenshotAs(OutputType.BYTES));
                saved.add(png);
                Path log = folder.resolve(base + ".log");
                StringBuilder text = new StringBuilder("URL: " + window.getCurrentUrl() + "\n");
                for (LogEntry entry : window.manage().logs().get(LogType.BROWSER)) {
                    text.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n');
                }
                Files.writeString(log, text, StandardCharsets.UTF_8);
                saved.add(log);
            } catch (IOException | WebDriverException e) {
                saved.add(folder.resolve(base + " (could not be saved: " + e.getClass().getSimpleName() + ")"));
            }
        }
        return saved;
    }

    @Override
    public synchronized void close() {
        for (ChromeDriver window : started) {
            try {
                window.quit();
            } catch (WebDriverException e) {
                System.err.println("a browser window did not quit cleanly: " + e.getMessage());
            }
        }
        started.clear();
    }
}
