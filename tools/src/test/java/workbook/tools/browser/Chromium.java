package workbook.tools.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's Chromium and its chromedriver (Debian's {@code chromium} and {@code chromium-driver}), started
 * headless and offline. Both paths are given to Selenium, so Selenium Manager never runs and nothing is downloaded.
 * The back/forward cache is off: it would keep a page that a window left frozen with its WebSocket still open, and
 * a window that leaves must leave the room. Motion is reduced, so a screenshot shows every message fully drawn.
 */
final class Chromium {

    /** Debian's paths; {@code -Dworkbook.chromium=...} and {@code -Dworkbook.chromedriver=...} point elsewhere. */
    static final Path BROWSER = Path.of(System.getProperty("workbook.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("workbook.chromedriver", "/usr/bin/chromedriver"));

    /** What is missing and how to install it, in both languages. */
    static final String MISSING = "Chromium 또는 chromedriver를 찾지 못했습니다 (" + BROWSER + ", " + DRIVER + "): "
            + "sudo apt-get install chromium chromium-driver"
            + " / no " + BROWSER + " or " + DRIVER + ": install the Debian packages chromium and chromium-driver";

    /** The one line printed where the browser tests cannot run. */
    static final String SKIPPED = "브라우저 테스트를 건너뜁니다 / Browser tests skipped — " + MISSING;

    private Chromium() {
    }

    static boolean installed() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** CI sets {@code CI=true}: there a missing browser is a failure, never a skip. */
    static boolean requiredHere() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** One browser session: a window of its own, with a fresh profile and the console log kept. */
    static ChromeDriver start(Path profiles) throws IOException {
        if (!installed()) {
            throw new AssertionError("CI=true: 브라우저 테스트는 건너뛸 수 없습니다 / the browser tests must run here — " + MISSING);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-features=Translate,MediaRouter,OptimizationHints,BackForwardCache", "--window-size=1280,1000",
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + Files.createTempDirectory(Files.createDirectories(profiles), "profile-"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
