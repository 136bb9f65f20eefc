package workbook.grader.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import workbook.grader.core.lesson.Lessons.Lesson;

/**
 * Where a lesson's client lives in a lesson folder: {@code client.js} beside the server (01, 02, 06), or the whole
 * page in {@code front/} with its script {@code front/app.js} (07, whose server serves that folder). For lessons
 * 01, 02 and 06 the grader loads the script into a page of its own with the ids of the contract.
 */
public record ClientFolder(Lesson lesson, Path folder, String shownRoot) {

    static final String SCRIPT = "client.js";
    static final String FRONT = "front";

    boolean ownsItsPage() {
        return Files.isDirectory(folder.resolve(FRONT)) || lesson.id().equals("07");
    }

    /** The file the student completes. */
    Path script() {
        return ownsItsPage() ? folder.resolve(FRONT).resolve("app.js") : folder.resolve(SCRIPT);
    }

    public Path front() {
        return folder.resolve(FRONT);
    }

    /** "lessons/01-echo/client.js", as the learner knows it. */
    public String shownScript() {
        return shownRoot + "/" + lesson.folder() + "/" + (ownsItsPage() ? FRONT + "/app.js" : SCRIPT);
    }

    /** The list the page shows messages in: {@code #notifications} in lesson 06, {@code #messages} elsewhere. */
    public String listId() {
        return lesson.id().equals("06") ? "notifications" : "messages";
    }

    /**
     * The grader's page for a lesson whose script it loads itself, written once per folder and run; {@link PageServer}
     * serves it beside the script.
     */
    Path fixturePage(Path pages) {
        Path page = pages.resolve("page-" + lesson.id() + "-" + Integer.toHexString(folder.hashCode()) + ".html");
        String html = """
                <!doctype html>
                <html lang="ko">
                <head><meta charset="utf-8"><title>채점 페이지 · grading page %s</title></head>
                <body>
                <p id="status" data-state="connecting">연결 중… · Connecting…</p>
                <ol id="%s"></ol>
                <form id="composer" onsubmit="return false">
                  <input id="message" type="text" autocomplete="off">
                  <button id="send" type="submit">보내기 · Send</button>
                </form>
                <script>document.body.dataset.server = new URLSearchParams(location.search).get('ws');</script>
                <script src="%s"></script>
                </body>
                </html>
                """.formatted(lesson.id(), listId(), "/client/" + SCRIPT);
        try {
            Files.createDirectories(pages);
            Files.writeString(page, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page;
    }
}
