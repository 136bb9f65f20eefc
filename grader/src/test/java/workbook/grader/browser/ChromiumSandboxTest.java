package workbook.grader.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pages run the students' scripts. Chromium's own sandbox puts each page's renderer in namespaces of its own under
 * a seccomp filter; Chromium refuses to start with it as root, so only there does the grader turn it off.
 */
@DisplayName("Chromium runs the students' pages in its own sandbox, except as root, where it cannot have one")
class ChromiumSandboxTest {

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(ChromiumInstall.find().isPresent() || "true".equalsIgnoreCase(System.getenv("CI")), "no Chromium here");
    }

    @Test
    @DisplayName("as any user but root, every renderer runs under a seccomp filter in a user namespace of its own")
    void renderersAreSandboxed() throws IOException {
        assumeFalse(SharedBrowser.runsAsRoot(), "this runs as root, where Chromium has no sandbox of its own");
        try (SharedBrowser browser = SharedBrowser.start(ChromiumInstall.find().orElseThrow())) {
            assertThat(browser.ownSandbox()).as("the browser's own sandbox is on").isTrue();
            browser.driver().get("data:text/html,<p id=x>sandboxed</p>");
            assertThat(browser.driver().executeScript("return document.getElementById('x').textContent")).isEqualTo("sandboxed");
            List<ProcessHandle> renderers = renderers();
            assertThat(renderers).as("Chromium's renderer processes").isNotEmpty();
            String ours = Files.readSymbolicLink(Path.of("/proc/self/ns/user")).toString();
            for (ProcessHandle renderer : renderers) {
                Path proc = Path.of("/proc", String.valueOf(renderer.pid()));
                assertThat(Files.readAllLines(proc.resolve("status"))).as("renderer %d's status", renderer.pid())
                        .contains("Seccomp:\t2");
                assertThat(Files.readSymbolicLink(proc.resolve("ns/user")).toString()).as("renderer %d's user namespace", renderer.pid())
                        .isNotEqualTo(ours);
            }
        }
    }

    @Test
    @DisplayName("as root, Chromium starts without its sandbox, which it would refuse to start with, and still shows pages")
    void rootRunsWithoutIt() {
        assumeTrue(SharedBrowser.runsAsRoot(), "this does not run as root");
        try (SharedBrowser browser = SharedBrowser.start(ChromiumInstall.find().orElseThrow())) {
            assertThat(browser.ownSandbox()).isFalse();
            browser.driver().get("data:text/html,<p id=x>shown</p>");
            assertThat(browser.driver().executeScript("return document.getElementById('x').textContent")).isEqualTo("shown");
            assertThat(renderers()).isNotEmpty().allSatisfy(renderer -> assertThat(SharedBrowser.commandLine(renderer)).contains("--no-sandbox"));
        }
    }

    private static List<ProcessHandle> renderers() {
        return ProcessHandle.current().descendants().filter(p -> SharedBrowser.commandLine(p).contains("--type=renderer")).toList();
    }
}
