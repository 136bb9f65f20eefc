package workbook.tools.serve.status;

import java.nio.file.Path;
import java.util.Locale;
import workbook.grader.core.words.Msg;
import workbook.tools.serve.ServeConfig;

/** Whose server: the student's, compiled from {@code lessons/}, or the reference, compiled from {@code solutions/}. */
public enum Side {
    STUDENT(Msg.of("내 서버", "your server")),
    REFERENCE(Msg.of("참고 답안", "reference"));

    private final Msg label;

    Side(Msg label) {
        this.label = label;
    }

    public Msg label() {
        return label;
    }

    /** "student" or "reference", as the pages write it ({@code ?server=reference}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    Path sourceRoot(ServeConfig config) {
        return this == STUDENT ? config.studentRoot() : config.referenceRoot();
    }
}
