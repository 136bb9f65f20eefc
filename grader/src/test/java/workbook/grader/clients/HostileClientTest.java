package workbook.grader.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.grader.ClientGrading;
import workbook.grader.browser.ChromiumInstall;

@DisplayName("A learner's page script can neither read the grading machine's files nor command its chromedriver")
class HostileClientTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("XMLHttpRequest, fetch and an iframe of a file:// address all fail; the page's report quotes no byte of the file")
    void readsNoFile() throws Exception {
        assumeTrue(ClientGrading.browserHere(), "no Chromium here (and CI is not set): the client checks cannot run");
        String secret = "SECRET-" + UUID.randomUUID();
        Path file = Files.writeString(temp.resolve("secret.txt"), secret);
        Path folder = ClientGrading.folderWith("01", "broken-clients/01/reads-files.js", temp);
        Path script = folder.resolve("client.js");
        Files.writeString(script, Files.readString(script).replace("@SECRET@", file.toAbsolutePath().toString()));

        Map<String, String> outcomes = ClientGrading.grade("01", folder, "Sends \"Hello Server!\" once, when the connection opens");

        assertThat(outcomes.values()).singleElement().asString().startsWith("FAILED").contains("The page sent something else")
                .contains("xhr: ").doesNotContain(secret);
    }

    /**
     * chromedriver takes commands from pages whose origin is a loopback address, and one command starts any program
     * as a "browser". The pages are opened as {@code grading.test}: their requests carry that origin, which
     * chromedriver refuses. Both halves are checked for real: what the page sends, and what chromedriver answers.
     */
    @Test
    @DisplayName("a page's request to a local service carries the origin grading.test, which chromedriver refuses")
    void cannotCommandChromedriver() throws Exception {
        assumeTrue(ClientGrading.browserHere(), "no Chromium here (and CI is not set): the client checks cannot run");
        BlockingQueue<String> origins = new LinkedBlockingQueue<>();
        HttpServer listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listener.createContext("/", exchange -> {
            origins.add(String.valueOf(exchange.getRequestHeaders().getFirst("Origin")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        listener.start();
        String origin;
        try {
            Path folder = ClientGrading.folderWith("01", "broken-clients/01/calls-local-services.js", temp);
            Path script = folder.resolve("client.js");
            Files.writeString(script, Files.readString(script).replace("@PORT@", String.valueOf(listener.getAddress().getPort())));
            ClientGrading.grade("01", folder, "Sends \"Hello Server!\" once, when the connection opens");
            origin = origins.poll(5, TimeUnit.SECONDS);
        } finally {
            listener.stop(0);
        }
        assertThat(origin).as("the Origin of the page's request").matches("http://grading\\.test:\\d+");

        Path driver = ChromiumInstall.find().orElseThrow().driver();
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Process chromedriver = new ProcessBuilder(driver.toString(), "--port=" + port, "--silent")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI status = URI.create("http://127.0.0.1:" + port + "/status");
            Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            assertThat(answer(http, status, "http://127.0.0.1:1")).as("a loopback origin, for comparison").isEqualTo(200);
            assertThat(answer(http, status, origin)).as("the page's origin").isEqualTo(403);
        } finally {
            chromedriver.destroy();
            chromedriver.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int answer(HttpClient http, URI uri, String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Origin", origin).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
