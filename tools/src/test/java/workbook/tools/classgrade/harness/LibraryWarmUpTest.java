package workbook.tools.classgrade.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's warm-up runs the libraries a submission names, and leaves no thread of theirs behind. */
class LibraryWarmUpTest {

    @Test
    void warmsTheLibrariesTheClassFilesNameAndLeavesNoThread(@TempDir Path classes) throws Exception {
        classFile(classes, "workbook/lesson07/ChatRoomServer.class", "io/undertow/Undertow com/fasterxml/jackson/databind/ObjectMapper");

        assertThat(warmUpIn(classes)).containsExactly("Java-WebSocket", "Undertow", "Jackson");
    }

    @Test
    void aServerThatNamesLettuceGetsItsRedisClientWarmed(@TempDir Path classes) throws Exception {
        classFile(classes, "workbook/lesson09/RedisBroadcastServer.class", "io/lettuce/core/RedisClient org/java_websocket/WebSocket");

        assertThat(warmUpIn(classes)).containsExactly("Java-WebSocket", "Lettuce");
    }

    @Test
    void aServerThatNamesNeitherGetsOnlyJavaWebSocketWarmed(@TempDir Path classes) throws Exception {
        classFile(classes, "workbook/lesson01/EchoServer.class", "org/java_websocket/WebSocket");

        assertThat(warmUpIn(classes)).containsExactly("Java-WebSocket");
    }

    private static void classFile(Path classes, String name, String constants) throws Exception {
        Path file = classes.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, ("\u00ca\u00fe\u00ba\u00be " + constants).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Runs the warm-up in a thread group of its own, and waits for every thread it started to end. */
    private static List<String> warmUpIn(Path classes) throws InterruptedException {
        ThreadGroup group = new ThreadGroup("warm-up-under-test");
        AtomicReference<List<String>> warmed = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread warmer = new Thread(group, () -> {
            try {
                warmed.set(LibraryWarmUp.run(classes));
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "warm-up-caller");
        warmer.start();
        warmer.join(Duration.ofSeconds(20).toMillis());

        assertThat(warmer.isAlive()).as("the warm-up still running after 20 s").isFalse();
        assertThat(failed.get()).as("what the warm-up threw").isNull();
        await("every thread the warm-up started ends").atMost(Duration.ofSeconds(5)).until(() -> group.activeCount() == 0);
        return warmed.get();
    }
}
