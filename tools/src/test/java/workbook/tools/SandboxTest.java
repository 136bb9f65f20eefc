package workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.tools.classgrade.Sandbox;

@DisplayName("A submission's sandbox can read what it is given, wherever the workbook lies")
class SandboxTest {

    @Test
    @DisplayName("A workbook cloned under /tmp: jars two folders below /tmp are readable in the sandbox's own fresh /tmp")
    void filesBelowTmpAreReadable(@TempDir Path tmp) throws Exception {
        assumeTrue(HostileSubmissionsTest.sandboxExpected(), "bubblewrap is not installed here");
        assertThat(tmp).startsWith(Path.of("/tmp"));
        Path jars = Files.createDirectories(tmp.resolve("clone/tools/target"));
        Path jar = Files.writeString(jars.resolve("workbook-tools.jar"), "the jar's bytes", StandardCharsets.UTF_8);
        for (Path folder = jars; !folder.equals(tmp.getParent()); folder = folder.getParent()) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));

        List<String> command = Sandbox.find().submission(List.of("/bin/cat", jar.toString()), List.of(jars), 0, String.valueOf(4L << 30));
        Process cat = Sandbox.spawn(new ProcessBuilder(command).redirectErrorStream(true));
        String said = new String(cat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(cat.waitFor(10, TimeUnit.SECONDS)).as("cat ended within 10 s").isTrue();
        assertThat(said).as("what cat printed in the sandbox").isEqualTo("the jar's bytes");
    }
}
