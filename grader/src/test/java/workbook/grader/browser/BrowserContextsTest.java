package workbook.grader.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A browser that serves many runs starts each one afresh: nothing of a run's pages is left for the next")
class BrowserContextsTest {

    @Test
    @DisplayName("after renew(), the pages, the windows they opened and what they stored are gone")
    void renewLeavesNothingBehind(@TempDir Path tmp) throws Exception {
        assumeTrue(ChromiumInstall.find().isPresent() || "true".equalsIgnoreCase(System.getenv("CI")), "no Chromium here");
        Path page = tmp.resolve("page.html");
        Files.writeString(page, "<!doctype html><title>t</title><script>"
                + "if (new URLSearchParams(location.search).has('write')) {"
                + " localStorage.setItem('left', 'by the run before'); window.open(location.href.split('?')[0]); }"
                + "</script>", StandardCharsets.UTF_8);
        try (SharedBrowser browser = SharedBrowser.start(ChromiumInstall.find().orElseThrow())) {
            int handles = browser.driver().getWindowHandles().size();
            browser.driver().get(page.toUri() + "?write");
            assertThat(browser.driver().executeScript("return localStorage.getItem('left')")).isEqualTo("by the run before");
            assertThat(browser.driver().executeScript("return typeof window.__workbook")).as("the page recorder runs").isNotEqualTo("undefined");
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> browser.driver().getWindowHandles().size() == handles + 1);

            browser.renew();

            assertThat(browser.driver().getWindowHandles()).as("the window the page opened is closed").hasSize(handles);
            browser.driver().get(page.toUri().toString());
            assertThat(browser.driver().executeScript("return localStorage.getItem('left')")).isNull();
            assertThat(browser.driver().executeScript("return typeof window.__workbook")).as("the page recorder still runs").isNotEqualTo("undefined");
        }
    }
}
