package workbook.tools.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.tools.redis.RedisRequired;
import workbook.tools.serve.lesson.LessonConsole;

@DisplayName("./workbook serve: the pages, the status, and every lesson's servers")
class ServeRunnerTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(BOUND).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    private static ServeRunner serve;

    @BeforeAll
    static void startServe() throws Exception {
        serve = ServeRunner.start(StudentFixture.config(StudentFixture.create(shared)),
                LessonConsole.NONE, System.out);
    }

    @AfterAll
    static void stopServe() {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    @DisplayName("the index page is served, and the status lists every lesson of lessons.yaml in order")
    void indexAndStatusListTheLessons() throws Exception {
        HttpResponse<String> index = get(serve, "/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(index.body()).contains("<ol id=\"lessons\"", "/common/index.js", "웹소켓 워크북");

        JsonNode lessons = status(serve).path("lessons");
        List<String> ids = new ArrayList<>();
        lessons.forEach(l -> ids.add(l.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(Lessons.all().stream().map(Lesson::id).toList());
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = Lessons.all().get(i);
            assertThat(lessons.get(i).path("title").path("ko").asText()).isEqualTo(lesson.title().ko());
            assertThat(lessons.get(i).path("title").path("en").asText()).isEqualTo(lesson.title().en());
            assertThat(lessons.get(i).path("folder").asText()).isEqualTo(lesson.folder());
        }
        assertThat(lessons.get(0).path("page").asText()).isEqualTo("/01-echo/");
        assertThat(lessons.get(0).path("grade").path("passed").asInt()).as("from .workbook/progress.json").isEqualTo(12);
        assertThat(lessons.get(2).path("grade").isNull()).as("lesson 03 was never checked").isTrue();
    }

    @Test
    @DisplayName("the reference echo server answers through the address the status gives")
    void referenceEchoAnswers() throws Exception {
        JsonNode reference = lesson(status(serve), "01").path("reference");
        assertThat(reference.path("state").asText()).isEqualTo("running");
        assertEchoes(reference.path("ws").asText(), "안녕 👋");
    }

    @Test
    @DisplayName("the student's and the reference servers are two servers, on two ports, from two class loaders")
    void studentAndReferenceSideBySide() throws Exception {
        JsonNode echo = lesson(status(serve), "01");
        assertThat(echo.path("student").path("state").asText()).isEqualTo("running");
        assertThat(echo.path("student").path("ws").asText()).isNotEqualTo(echo.path("reference").path("ws").asText());
        assertEchoes(echo.path("student").path("ws").asText(), "mine");
    }

    @Test
    @DisplayName("a stub that throws UnsupportedOperationException shows as not implemented yet, with its own words")
    void stubIsNotImplementedYet() throws Exception {
        JsonNode student = lesson(status(serve), "02").path("student");
        assertThat(student.path("state").asText()).isEqualTo("not-implemented");
        assertThat(student.path("label").path("ko").asText()).isEqualTo("아직 구현하지 않았습니다");
        assertThat(student.path("label").path("en").asText()).isEqualTo("not implemented yet");
        assertThat(student.path("detail").path("en").asText()).isEqualTo("Lesson 02: complete onOpen");
        assertThat(student.path("ws").asText()).as("a stub still listens").startsWith("ws://127.0.0.1:");
    }

    @Test
    @DisplayName("a stub that throws while it is being built is not implemented yet, and not listening")
    void stubInTheConstructor() throws Exception {
        JsonNode student = lesson(status(serve), "06").path("student");
        assertThat(student.path("state").asText()).isEqualTo("not-implemented");
        assertThat(student.path("detail").path("ko").asText()).isEqualTo("레슨 06: 타이머를 시작하세요");
        assertThat(student.path("detail").path("en").asText()).isEqualTo("Lesson 06: start the timer");
        assertThat(student.path("ws").isNull()).isTrue();
    }

    @Test
    @DisplayName("a compile error shows its first line: file, line and message")
    void compileErrorShowsItsFirstLine() throws Exception {
        JsonNode student = lesson(status(serve), "03").path("student");
        assertThat(student.path("state").asText()).isEqualTo("compile-error");
        assertThat(student.path("detail").path("en").asText()).startsWith("lessons/03-broadcast/BroadcastServer.java:3:");
        assertThat(student.path("ws").isNull()).isTrue();
    }

    @Test
    @DisplayName("a server whose constructor throws shows as failed to start, with the reason")
    void failedStartShowsTheReason() throws Exception {
        JsonNode student = lesson(status(serve), "04").path("student");
        assertThat(student.path("state").asText()).isEqualTo("failed");
        assertThat(student.path("detail").path("en").asText()).contains(StudentFixture.START_FAILURE);
    }

    @Test
    @DisplayName("a lesson whose file is not there yet shows as missing and the runner carries on")
    void missingLessonIsReported() throws Exception {
        JsonNode student = lesson(status(serve), "05").path("student");
        assertThat(student.path("state").asText()).isEqualTo("missing");
        assertThat(student.path("detail").path("en").asText()).contains("05-channels/ChannelServer.java");
    }

    @Test
    @DisplayName("pages and their files come with their content types; nothing outside web/ is served")
    void pagesAreServedAndNothingElse() throws Exception {
        HttpResponse<String> page = get(serve, "/01-echo/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"status\"", "id=\"message\"", "id=\"send\"", "id=\"messages\"");
        HttpResponse<String> styles = get(serve, "/common/workbook.css");
        assertThat(styles.headers().firstValue("Content-Type")).hasValue("text/css; charset=UTF-8");
        List<String> parts = Pattern.compile("@import url\\(\"([^\"]+)\"\\);").matcher(styles.body()).results()
                .map(match -> match.group(1)).toList();
        assertThat(parts).as("the stylesheets workbook.css imports").isNotEmpty();
        for (String part : parts) {
            HttpResponse<String> sheet = get(serve, "/common/" + part);
            assertThat(sheet.statusCode()).as(part).isEqualTo(200);
            assertThat(sheet.headers().firstValue("Content-Type")).as(part).hasValue("text/css; charset=UTF-8");
        }
        assertThat(get(serve, "/common/lesson.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=UTF-8");
        assertThat(get(serve, "/no-such-page.html").statusCode()).isEqualTo(404);
        assertThat(get(serve, "/../pom.xml").statusCode()).isEqualTo(404);
        assertThat(get(serve, "/%2e%2e/pom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("the browser clients of both sides are served for the pages; no other file of a lesson folder is")
    void clientsOfBothSidesAreServed() throws Exception {
        HttpResponse<String> mine = get(serve, "/clients/01/student/client.js");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=UTF-8");
        assertThat(mine.body()).contains("new WebSocket(SERVER_URL)");
        assertThat(get(serve, "/clients/02/student/client.js").body()).contains("notImplemented('new WebSocket(SERVER_URL)')");
        assertThat(get(serve, "/clients/02/reference/client.js").body()).doesNotContain("notImplemented('");
        HttpResponse<String> front = get(serve, "/clients/07/reference/front/index.html");
        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.body()).contains("id=\"count\"", "app.js");
        assertThat(get(serve, "/clients/01/student/EchoServer.java").statusCode()).isEqualTo(404);
        assertThat(get(serve, "/clients/01/reference/../01-echo/EchoServer.java").statusCode()).isEqualTo(404);
        assertThat(get(serve, "/clients/07/reference/front/../ChatRoomServer.java").statusCode()).isEqualTo(404);
        assertThat(get(serve, "/clients/99/student/client.js").statusCode()).isEqualTo(404);
        assertThat(get(serve, "/clients/01/nobody/client.js").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("reload compiles the student's edited lesson again and restarts it on a new port")
    void reloadRestartsTheStudentServer(@TempDir Path mine) throws Exception {
        Path home = StudentFixture.create(mine);
        try (ServeRunner own = ServeRunner.start(StudentFixture.config(home), LessonConsole.NONE, System.out)) {
            assertThat(lesson(status(own), "02").path("student").path("state").asText()).isEqualTo("not-implemented");
            StudentFixture.finishLesson02(home);

            HttpResponse<String> reloaded = HTTP.send(HttpRequest.newBuilder(own.address().resolve("/api/lessons/02/reload"))
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(reloaded.statusCode()).isEqualTo(200);
            JsonNode student = JSON.readTree(reloaded.body()).path("student");
            assertThat(student.path("state").asText()).isEqualTo("running");
            TextClient client = TextClient.connect(student.path("ws").asText(), BOUND);
            try {
                assertThat(client.next(BOUND)).isEqualTo("Welcome to the WebSocket server!");
            } finally {
                client.close();
            }
            HttpResponse<String> unknown = HTTP.send(HttpRequest.newBuilder(own.address().resolve("/api/lessons/99/reload"))
                    .timeout(BOUND).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(unknown.statusCode()).isEqualTo(404);
        }
    }

    @Test
    @DisplayName("stopping releases the pages' port and every lesson server's port")
    void stoppingReleasesEveryPort(@TempDir Path mine) throws Exception {
        ServeRunner own = ServeRunner.start(StudentFixture.config(StudentFixture.create(mine)), LessonConsole.NONE, System.out);
        List<Integer> ports = new ArrayList<>(List.of(own.port()));
        for (JsonNode lesson : status(own).path("lessons")) {
            for (String side : List.of("student", "reference")) {
                for (String address : List.of("ws", "http")) {
                    String url = lesson.path(side).path(address).asText(null);
                    if (url != null) {
                        ports.add(URI.create(url).getPort());
                    }
                }
            }
        }
        assertThat(ports).as("the pages, both echo servers and the stub of 02").hasSizeGreaterThanOrEqualTo(4);

        own.close();

        Awaitility.await("every port is free again").atMost(BOUND).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(ports).allMatch(ServeRunnerTest::portIsFree));
    }

    @Test
    @DisplayName("a taken port: serve says so and takes a free one, or fails when told not to")
    void takenPortFallsBackToAFreeOne(@TempDir Path mine) throws Exception {
        Path home = StudentFixture.create(mine);
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            ServeConfig config = StudentFixture.config(home).withPort(taken.getLocalPort(), true);
            try (ServeRunner own = ServeRunner.start(config, LessonConsole.NONE, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
                assertThat(own.port()).isNotEqualTo(taken.getLocalPort()).isPositive();
                assertThat(printed.toString(StandardCharsets.UTF_8))
                        .contains("Port " + taken.getLocalPort() + " is taken: using the free port " + own.port());
                assertThat(get(own, "/").statusCode()).isEqualTo(200);
            }
            assertThatThrownBy(() -> ServeRunner.start(config.withPort(taken.getLocalPort(), false), LessonConsole.NONE, System.out))
                    .hasRootCauseInstanceOf(java.net.BindException.class);
        }
    }

    @Test
    @DisplayName("lesson 09 runs two reference instances on one Redis: a message sent to one reaches the clients of both")
    void lesson09RunsTwoInstancesOnOneRedis() throws Exception {
        RedisRequired.assumeInstalled();
        JsonNode reference = lesson(status(serve), "09").path("reference");
        assertThat(reference.path("state").asText()).as("%s", reference).isEqualTo("running");
        List<String> instances = new ArrayList<>();
        reference.path("instances").forEach(i -> instances.add(i.asText()));
        assertThat(instances).hasSize(2).doesNotHaveDuplicates().startsWith(reference.path("ws").asText());
        assertThat(serve.redisAddress()).hasValueSatisfying(a -> assertThat(a).startsWith("redis://127.0.0.1:"));
        TextClient onA = TextClient.connect(instances.get(0), BOUND);
        TextClient onB = TextClient.connect(instances.get(1), BOUND);
        try {
            onA.send("from A, through Redis 🚌");
            assertThat(onB.next(BOUND)).isEqualTo("Broadcast: from A, through Redis 🚌");
            assertThat(onA.next(BOUND)).isEqualTo("Broadcast: from A, through Redis 🚌");
        } finally {
            onA.close();
            onB.close();
        }
    }

    private static void assertEchoes(String url, String text) throws InterruptedException {
        TextClient client = TextClient.connect(url, BOUND);
        try {
            client.send(text);
            assertThat(client.next(BOUND)).isEqualTo("Server received: " + text);
        } finally {
            client.close();
        }
    }

    private static HttpResponse<String> get(ServeRunner runner, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runner.port() + path)).timeout(BOUND).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode status(ServeRunner runner) throws IOException, InterruptedException {
        HttpResponse<String> response = get(runner, "/api/status");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=UTF-8");
        return JSON.readTree(response.body());
    }

    private static JsonNode lesson(JsonNode status, String id) {
        for (JsonNode lesson : status.path("lessons")) {
            if (lesson.path("id").asText().equals(id)) {
                return lesson;
            }
        }
        throw new AssertionError("no lesson " + id + " in " + status);
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
