package workbook.tools.classgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.tools.classgrade.worker.GradingWorker;

/** grade-class waits for a worker's grade with a bound: a stuck worker (javac thinking for hours) is ended, not awaited. */
class WorkerProcessTest {

    private static final GradingWorker.Job JOB = new GradingWorker.Job("student-1", "01", "/nonexistent/student-1",
            "/nonexistent/student-1/01-echo", "/nonexistent/out");

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aWorkerThatGivesNoGradeInTimeIsEndedAndTheNextSubmissionGetsAFreshOne() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SilentWorker.class.getName());
        try (WorkerProcess worker = new WorkerProcess(command)) {
            for (int round = 1; round <= 2; round++) {
                worker.send(JOB);
                long start = System.nanoTime();
                assertThatThrownBy(() -> worker.receive(Duration.ofSeconds(1)))
                        .as("round %d", round)
                        .isInstanceOf(WorkerProcess.NoGradeInTime.class)
                        .hasMessage("the grading worker gave no grade within 1 s, so it was stopped");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as("how long receive took")
                        .isLessThan(Duration.ofSeconds(5));
                assertThat(silentWorkersRunning()).as("stand-in workers still running after round %d", round).isZero();
            }
        }
    }

    private static long silentWorkersRunning() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains(SilentWorker.class.getName())).count();
    }
}
