package workbook.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import workbook.grader.core.Lessons.Lesson;

/**
 * The untouched stubs, for {@code ./workbook reset}. A learner edits {@code lessons/} in place, so neither that
 * folder nor git's HEAD (a learner commits, as GitHub Classroom asks) can say what the stub was. The pristine copies
 * are kept in git under {@code tools/src/main/stubs/NN-name/Class.java.stub}, which no learner edits, and packaged
 * into the tools jar; a test compares them with {@code lessons/} while the lessons are still stubs, and
 * {@code ./workbook pristine --update} refreshes them after a stub changes.
 */
final class PristineStubs {

    /** Where the copies live in the source tree and, under {@code workbook/stubs}, in the jar. */
    static final String SOURCE_FOLDER = "tools/src/main/stubs";
    static final String SUFFIX = ".stub";

    private PristineStubs() {
    }

    /** The stub of the file the learner completes, if the workbook ships one. */
    static Optional<String> of(Lesson lesson) {
        String resource = "/workbook/stubs/" + lesson.folder() + "/" + lesson.simpleClassName() + ".java" + SUFFIX;
        try (InputStream in = PristineStubs.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A file that still throws the stub's exception has not been solved (the rule the grader's own tests use). */
    static boolean looksLikeAStub(String source) {
        return source.contains("throw new UnsupportedOperationException");
    }
}
