package workbook.grader.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The page server serves the grader's pages and the learner's folder, and leaves no temporary folder behind")
class PageServerTest {

    @Test
    @DisplayName("a page written into its pages folder is served; closing the server deletes that folder")
    void pagesFolderIsDeletedOnClose(@TempDir Path client) throws IOException, InterruptedException {
        Files.writeString(client.resolve("client.js"), "// the learner's script");
        PageServer server = PageServer.serve(client);
        Path pages = server.pagesFolder();
        try {
            Path page = Files.writeString(pages.resolve("page-01-test.html"), "<p>grading page</p>");
            assertThat(get(server.page(page))).isEqualTo("<p>grading page</p>");
            assertThat(get(server.client("client.js"))).isEqualTo("// the learner's script");
        } finally {
            server.close();
        }
        assertThat(pages).as("the pages folder after close()").doesNotExist();
        assertThat(client.resolve("client.js")).as("the learner's folder is only read").exists();
    }

    /** The page host is Chromium's name for loopback; this client asks 127.0.0.1 directly. */
    private static String get(URI onPageHost) throws IOException, InterruptedException {
        URI direct = URI.create(onPageHost.toString().replace(PageServer.HOST, "127.0.0.1"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(direct).timeout(Duration.ofSeconds(5)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
