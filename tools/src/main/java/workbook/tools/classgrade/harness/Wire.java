package workbook.tools.classgrade.harness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The control protocol between the trusted grading worker and the harness in the sandbox: one line per message,
 * fields separated by tabs, each field Base64 of its UTF-8 text. A request is {@code id command args...}; an answer
 * is {@code id ok|err fields...}; the harness may also send {@code 0 exit caller} as it is told to exit.
 */
public final class Wire {

    private Wire() {
    }

    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(Base64.getEncoder().encodeToString(field.getBytes(StandardCharsets.UTF_8)));
        }
        return line.append('\n').toString();
    }

    public static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        for (String field : line.split("\t", -1)) {
            fields.add(new String(Base64.getDecoder().decode(field.trim()), StandardCharsets.UTF_8));
        }
        return fields;
    }

    /** A throwable as fields: class name, message (or the empty text with a marker) and its stack, one frame each. */
    public static List<String> throwable(Throwable thrown) {
        List<String> fields = new ArrayList<>();
        fields.add(thrown.getClass().getName());
        fields.add(thrown.getMessage() == null ? "\u0000" : thrown.getMessage());
        StackTraceElement[] stack = thrown.getStackTrace();
        for (StackTraceElement frame : Arrays.copyOf(stack, Math.min(stack.length, 40))) {
            fields.add(frame.getClassName() + "\u0001" + frame.getMethodName() + "\u0001"
                    + (frame.getFileName() == null ? "" : frame.getFileName()) + "\u0001" + frame.getLineNumber());
        }
        return fields;
    }
}
