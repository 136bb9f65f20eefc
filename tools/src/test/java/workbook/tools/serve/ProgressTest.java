package workbook.tools.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("serve reads the grades ./workbook check left, and never needs them")
class ProgressTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("a lesson's entry of .workbook/progress.json is passed on as it is")
    void readsTheEntry(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("progress.json"),
                "{\"version\":1,\"lessons\":{\"01\":{\"passed\":12,\"total\":12,\"passedOnce\":true,\"hintsShown\":1}}}");
        Progress progress = Progress.read(file, JSON);
        assertThat(progress.of("01").path("passed").asInt()).isEqualTo(12);
        assertThat(progress.of("01").path("total").asInt()).isEqualTo(12);
        assertThat(progress.of("02")).isNull();
    }

    @Test
    @DisplayName("no file, or a file that is not JSON, means no grades")
    void missingOrBrokenMeansNothing(@TempDir Path dir) throws IOException {
        assertThat(Progress.read(dir.resolve("progress.json"), JSON).of("01")).isNull();
        Path broken = Files.writeString(dir.resolve("broken.json"), "{not json");
        assertThat(Progress.read(broken, JSON).of("01")).isNull();
    }
}
