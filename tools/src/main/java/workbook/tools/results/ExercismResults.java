package workbook.tools.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Results in Exercism's test runner format, version 3, the one place that writes it: {@code check --json} for one
 * lesson and {@code grade-class}'s {@code results.json} for a student. {@code status} is {@code pass} when every
 * test passed, {@code fail} when one failed, {@code error} when nothing could be graded (then {@code message} says
 * why); each test has its name, status, message (unless it passed), the command that runs it, and its task.
 */
public final class ExercismResults {

    /** One graded check. {@code status}: {@code pass}, {@code fail} or {@code error}; {@code taskId} 0 for none. */
    public record Test(String name, String status, String message, String testCode, int taskId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExercismResults() {
    }

    /** One line of JSON, non-ASCII text as it is. */
    public static String text(ObjectNode results) {
        try {
            return JSON.writeValueAsString(results);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write results as JSON", e);
        }
    }

    /** {@code problem} non-null: grading did not happen (status {@code error}), for that reason. */
    public static ObjectNode of(List<Test> tests, String problem) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 3);
        boolean failed = tests.stream().anyMatch(t -> !t.status().equals("pass"));
        root.put("status", problem != null ? "error" : failed ? "fail" : "pass");
        if (problem != null) {
            root.put("message", problem);
        }
        ArrayNode list = root.putArray("tests");
        for (Test test : tests) {
            ObjectNode entry = list.addObject();
            entry.put("name", test.name());
            entry.put("status", test.status());
            if (!test.status().equals("pass")) {
                entry.put("message", test.message() == null ? "" : test.message());
            }
            entry.put("test_code", test.testCode());
            if (test.taskId() > 0) {
                entry.put("task_id", test.taskId());
            }
        }
        return root;
    }
}
