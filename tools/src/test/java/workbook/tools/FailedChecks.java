package workbook.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The checks a grade-class submission did not pass, with their messages: what to read when a correct one lost points. */
final class FailedChecks {

    private FailedChecks() {
    }

    /** From one lesson's Exercism {@code results.json}. */
    static List<String> in(Path resultsJson) throws IOException {
        return in(new ObjectMapper().readTree(resultsJson.toFile()));
    }

    static List<String> in(JsonNode results) {
        List<String> failed = new ArrayList<>();
        results.get("tests").forEach(test -> {
            if (!"pass".equals(test.get("status").asText())) {
                failed.add(test.get("name").asText() + ": " + test.path("message").asText());
            }
        });
        return failed;
    }
}
