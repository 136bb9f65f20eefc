package workbook.grader.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Closing a browser is bounded: a chromedriver that no longer answers is ended with its Chromium")
class BoundedQuitTest {

    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Test
    @DisplayName("with chromedriver frozen (SIGSTOP), close() returns within seconds and leaves no process of that browser")
    void frozenDriverIsEnded() throws IOException, InterruptedException {
        assumeTrue(ChromiumInstall.find().isPresent() || "true".equalsIgnoreCase(System.getenv("CI")), "no Chromium here");
        Set<Path> chromiumTempBefore = chromiumTempFolders();
        SharedBrowser browser = SharedBrowser.start(ChromiumInstall.find().orElseThrow());
        String profile = String.valueOf(((Map<?, ?>) browser.driver().getCapabilities().getCapability("chrome")).get("userDataDir"));
        List<ProcessHandle> ours = ProcessHandle.current().descendants()
                .filter(process -> SharedBrowser.commandLine(process).contains("--user-data-dir=" + profile)).toList();
        ProcessHandle driver = ours.stream().flatMap(process -> process.parent().stream())
                .filter(parent -> SharedBrowser.commandLine(parent).contains("chromedriver")).findFirst().orElseThrow();
        Process stop = new ProcessBuilder("kill", "-STOP", String.valueOf(driver.pid())).start();
        assertThat(stop.waitFor(5, TimeUnit.SECONDS) && stop.exitValue() == 0).as("kill -STOP chromedriver").isTrue();

        long start = System.nanoTime();
        browser.close();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // the quit's own bound is 5 s; Selenium would have waited up to 3 minutes for the frozen chromedriver
        assertThat(took).as("how long close() took").isLessThan(Duration.ofSeconds(10));
        Awaitility.await("chromedriver and every process of its Chromium ended").atMost(Duration.ofSeconds(5))
                .until(() -> !driver.isAlive() && ours.stream().noneMatch(ProcessHandle::isAlive));
        // Chromium's own temporary folders are in its profile, so an ended Chromium leaves nothing in /tmp either
        assertThat(Path.of(profile)).as("the profile folder, with Chromium's temporary folders in it").doesNotExist();
        assertThat(chromiumTempFolders()).as("Chromium's temporary folders in " + TEMP).isSubsetOf(chromiumTempBefore);
    }

    private static Set<Path> chromiumTempFolders() throws IOException {
        try (Stream<Path> entries = Files.list(TEMP)) {
            return entries.filter(path -> path.getFileName().toString().startsWith("org.chromium.Chromium."))
                    .collect(Collectors.toSet());
        }
    }
}
