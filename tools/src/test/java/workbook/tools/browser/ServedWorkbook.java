package workbook.tools.browser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import workbook.tools.serve.lesson.LessonConsole;
import workbook.tools.serve.lesson.LessonSlot;
import workbook.tools.serve.ServeRunner;
import workbook.tools.serve.status.ServerStatus;
import workbook.tools.serve.status.Side;
import workbook.tools.serve.status.StatusDocument;
import workbook.tools.serve.StudentFixture;

/**
 * {@code ./workbook serve} as the browser tests see it: started once for the whole run, in this JVM, on a free
 * port, with the reference solutions and the student's lessons of {@link StudentFixture} (01 done, 02 a stub, 03 a
 * compile error, 04 a failing constructor, the rest not there).
 */
public final class ServedWorkbook implements AutoCloseable {

    private final ServeRunner runner;

    ServedWorkbook(Path work) throws IOException, InterruptedException {
        Path home = StudentFixture.create(Files.createTempDirectory(Files.createDirectories(work), "student-"));
        runner = ServeRunner.start(StudentFixture.config(home), LessonConsole.NONE, System.out);
    }

    public String index() {
        return runner.address().toString();
    }

    /**
     * A lesson's page on serve, talking to one side: {@code http://localhost:PORT/01-echo/?server=reference}; where
     * the lesson has a client task, with the reference client ({@code &client=reference}).
     */
    public String page(String lessonId, Side side) {
        return page(lessonId, side, Side.REFERENCE);
    }

    /** A lesson's page with the server of one side and the browser client of another. */
    public String page(String lessonId, Side side, Side client) {
        StatusDocument.Entry lesson = lesson(lessonId);
        if (lesson.page() == null) {
            throw new AssertionError("lesson " + lessonId + " has no page on serve: " + lesson);
        }
        return runner.address().resolve(lesson.page()) + "?server=" + side.key() + "&client=" + client.key();
    }

    /**
     * Lesson 07's page, from the lesson's own HTTP side, told where its WebSocket side is ({@code ?ws=}), as the
     * index links it.
     */
    public String ownPage(String lessonId, Side side) {
        ServerStatus server = running(lessonId, side);
        if (server.http() == null) {
            throw new AssertionError("lesson " + lessonId + " serves no page of its own: " + server);
        }
        return server.http() + "/?ws=" + URLEncoder.encode(server.ws(), StandardCharsets.UTF_8);
    }

    /** The address of a lesson's server on one side, which must be running (lesson 07's HTTP side, for one). */
    public ServerStatus running(String lessonId, Side side) {
        ServerStatus server = lesson(lessonId).server(side);
        if (!server.listening()) {
            throw new AssertionError("the " + side.key() + " server of lesson " + lessonId + " is not running: "
                    + server.label().en() + (server.detail() == null ? "" : " (" + server.detail().en() + ")"));
        }
        return server;
    }

    public StatusDocument.Entry lesson(String lessonId) {
        return runner.status().lessons().stream().filter(l -> l.id().equals(lessonId)).findFirst()
                .orElseThrow(() -> new AssertionError("no lesson " + lessonId));
    }

    public LessonSlot slot(String lessonId, Side side) {
        return runner.slot(lessonId, side);
    }

    public StatusDocument status() {
        return runner.status();
    }

    @Override
    public void close() {
        runner.close();
    }
}
