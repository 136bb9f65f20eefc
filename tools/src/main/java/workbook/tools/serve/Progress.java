package workbook.tools.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The latest grades {@code ./workbook check} left in {@code .workbook/progress.json}, when that file exists.
 * Read as it is, never required: a missing or unreadable file means "no grades yet".
 */
final class Progress {

    private final JsonNode root;

    private Progress(JsonNode root) {
        this.root = root;
    }

    static Progress read(Path file, ObjectMapper json) {
        if (!Files.isRegularFile(file)) {
            return new Progress(null);
        }
        try {
            return new Progress(json.readTree(file.toFile()));
        } catch (IOException e) {
            return new Progress(null);
        }
    }

    /** What the file says about one lesson ({@code {"lessons":{"01":{...}}}} or {@code {"01":{...}}}), or null. */
    JsonNode of(String lessonId) {
        if (root == null) {
            return null;
        }
        JsonNode lesson = root.path("lessons").path(lessonId);
        if (!lesson.isObject()) {
            lesson = root.path(lessonId);
        }
        return lesson.isObject() ? lesson : null;
    }
}
