package workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.tools.classgrade.Sandbox;

@DisplayName("A submission's sandbox can read what it is given, wherever the workbook lies, and has a process budget of its own")
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

    /**
     * The grading user runs 450 threads more than the budget allows (as an ordinary user beside Maven, the test JVMs
     * and Chromium they run hundreds): the sandboxed shell still starts its 50 children, under a limit of the budget.
     */
    @Test
    @DisplayName("A submission's process budget is its own: the grading user's other processes and threads do not count")
    void theProcessBudgetIsTheSubmissionsOwn() throws Exception {
        assumeTrue(HostileSubmissionsTest.sandboxExpected(), "bubblewrap is not installed here");
        assumeTrue(Sandbox.isRoot() || Sandbox.countsPerUserNamespace(System.getProperty("os.version")),
                "a kernel before 5.14 counts a user's processes across the machine");
        assertThat(childrenBesideACrowd(Sandbox.find())).as("what the shell printed in the sandbox")
                .containsExactly(String.valueOf(Sandbox.PROCESS_BUDGET), "started-50");
    }

    /** Without a sandbox the count is the user's across the machine, so the budget comes on top of it. */
    @Test
    @DisplayName("Without a sandbox (--no-sandbox) the process budget comes on top of what the grading user runs")
    void withoutASandboxTheBudgetComesOnTop() throws Exception {
        assertThat(childrenBesideACrowd(Sandbox.none())).as("what the shell printed").endsWith("started-50");
    }

    /** What a bash prints that reports its process limit and starts 50 children while this JVM holds 450 threads. */
    private static List<String> childrenBesideACrowd(Sandbox sandbox) throws Exception {
        CountDownLatch end = new CountDownLatch(1);
        List<Thread> crowd = new ArrayList<>();
        try {
            for (int i = 0; i < Sandbox.PROCESS_BUDGET + 50; i++) {
                Thread waiting = new Thread(() -> awaitQuietly(end), "crowd-" + i);
                waiting.setDaemon(true);
                waiting.start();
                crowd.add(waiting);
            }
            String script = "ulimit -u; i=0; while [ $i -lt 50 ]; do sleep 1 & i=$((i+1)); done; wait; echo started-50";
            List<String> command = sandbox.submission(List.of("/bin/bash", "-c", script), List.of(), 0, String.valueOf(4L << 30));
            Process shell = Sandbox.spawn(new ProcessBuilder(command).redirectErrorStream(true));
            String said = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(shell.waitFor(10, TimeUnit.SECONDS)).as("the shell ended within 10 s").isTrue();
            return said.lines().toList();
        } finally {
            end.countDown();
            for (Thread waiting : crowd) {
                waiting.join(TimeUnit.SECONDS.toMillis(5));
            }
        }
    }

    @Test
    @DisplayName("Kernels from 5.14 on count processes per user namespace")
    void kernelVersions() {
        assertThat(Sandbox.countsPerUserNamespace("6.1.0-18-amd64")).isTrue();
        assertThat(Sandbox.countsPerUserNamespace("5.14.0-362.el9.x86_64")).isTrue();
        assertThat(Sandbox.countsPerUserNamespace("5.13.19")).isFalse();
        assertThat(Sandbox.countsPerUserNamespace("4.18.0-553.el8_10.x86_64")).isFalse();
        assertThat(Sandbox.countsPerUserNamespace("")).isFalse();
    }

    private static void awaitQuietly(CountDownLatch end) {
        try {
            end.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
