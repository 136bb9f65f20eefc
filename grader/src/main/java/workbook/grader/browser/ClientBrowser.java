package workbook.grader.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import workbook.grader.core.lesson.Lessons.Lesson;

/** What the tools may ask of the client checks' browser before a run: to start early. */
public final class ClientBrowser {

    private ClientBrowser() {
    }

    /**
     * Starts Chromium in the background when the lesson folder has a browser client to grade, so that it is ready
     * by the time the client checks begin; the next check run takes it over. Does nothing otherwise.
     */
    public static void warmUpFor(Lesson lesson, Path lessonFolder) {
        ClientFolder client = new ClientFolder(lesson, lessonFolder, "lessons");
        if (Files.isRegularFile(client.script()) && ChromiumInstall.find().isPresent()) {
            BrowserHandle.warmUp();
        }
    }
}
