package workbook.tools.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import workbook.grader.core.lesson.Lessons.Lesson;

/**
 * The untouched stubs, for {@code ./workbook reset}. A learner edits {@code lessons/} in place, so neither that
 * folder nor git's HEAD (a learner commits, as GitHub Classroom asks) can say what the stub was. The pristine copies
 * are kept in git under {@code tools/src/main/stubs/NN-name/Class.java.stub}, which no learner edits, and packaged
 * into the tools jar; a test compares them with {@code lessons/} while the lessons are still stubs, and
 * {@code ./workbook dev pristine --update} refreshes them after a stub changes. Whether a file is still a stub is
 * {@link StudentFiles#looksLikeAStub}'s to say.
 */
public final class PristineStubs {

    /** Where the copies live in the source tree and, under {@code workbook/stubs}, in the jar. */
    public static final String SOURCE_FOLDER = "tools/src/main/stubs";
    public static final String SUFFIX = ".stub";

    private PristineStubs() {
    }

    /**
     * Every stub file of a lesson by name, the file the learner completes first (lesson 06 has a second one, for its
     * optional task). The names come from the lesson's folders: {@code solutions/} mirrors every file of the stub.
     */
    public static Map<String, String> allOf(Lesson lesson, Path home) throws IOException {
        TreeSet<String> names = new TreeSet<>(Comparator.comparing((String n) -> !n.equals(lesson.simpleClassName() + ".java"))
                .thenComparing(Comparator.naturalOrder()));
        for (String root : new String[] {"solutions", "lessons"}) {
            names.addAll(StudentFiles.in(home.resolve(root).resolve(lesson.folder())));
        }
        Map<String, String> stubs = new LinkedHashMap<>();
        for (String name : names) {
            of(lesson, name).ifPresent(stub -> stubs.put(name, stub));
        }
        return stubs;
    }

    private static Optional<String> of(Lesson lesson, String fileName) {
        String resource = "/workbook/stubs/" + lesson.folder() + "/" + fileName + SUFFIX;
        try (InputStream in = PristineStubs.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
