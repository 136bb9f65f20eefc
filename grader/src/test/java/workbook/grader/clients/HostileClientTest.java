package workbook.grader.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.grader.ClientGrading;

@DisplayName("A learner's page script cannot read the grading machine's files into its own report")
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
}
