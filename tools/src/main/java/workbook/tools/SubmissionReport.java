package workbook.tools;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import workbook.grader.core.Lessons.Text;

/**
 * What the grading JVM of one submission reports to {@code grade-class}, as JSON in a file the parent names (never
 * through its output, which the submission's code shares). {@code aborted} says the JVM was told to exit while
 * grading; a file that is missing or cannot be read means the JVM died before it could write one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SubmissionReport(String lesson, boolean finished, String aborted, long tookMillis, List<Check> checks,
                        long printedBytes, List<String> stuckThreads) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Check(int task, Text taskTitle, Text name, String status, String message, long tookMillis) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Written whole or not at all: a JVM killed halfway leaves no half a file behind. */
    void writeTo(Path file) throws IOException {
        Path fresh = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(fresh.toFile(), this);
        try {
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Optional<SubmissionReport> readFrom(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(file.toFile(), SubmissionReport.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
