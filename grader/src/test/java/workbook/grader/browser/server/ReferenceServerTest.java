package workbook.grader.browser.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.lesson.LessonBuild;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.ServerRecipe;

@DisplayName("The reference server a browser check talks to is compiled into the workbook's own folder")
class ReferenceServerTest {

    /**
     * Before, the reference was compiled into java.io.tmpdir/workbook-classes, one folder for every user of the
     * machine: a second user's client checks failed on it, and any user could leave classes there, under the
     * fingerprint's name, for the grader to load.
     */
    @Test
    @DisplayName("its classes come from .workbook/classes/solutions, not from a shared temporary folder")
    void classesComeFromTheWorkbooksOwnCache() throws Exception {
        InProcessServer server = ReferenceServer.start(Lessons.find("01").orElseThrow(), ServerRecipe.PORT_ONLY);
        try {
            Path loadedFrom = Path.of(server.server().getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(loadedFrom).startsWith(LessonBuild.cacheRoot(WorkbookHome.get(), "solutions"));
            assertThat(loadedFrom.startsWith(Path.of(System.getProperty("java.io.tmpdir"), "workbook-classes")))
                    .as("loaded from the shared temporary folder").isFalse();
        } finally {
            server.close();
        }
    }
}
