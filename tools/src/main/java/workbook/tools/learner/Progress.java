package workbook.tools.learner;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;

/**
 * The learner's progress in {@code .workbook/progress.json}: each lesson's last score and how many hints were shown.
 * Small and safe to delete: without it every lesson counts as not yet passed and no hint as shown.
 *
 * <pre>{"version":1,"lessons":{"01":{"passed":12,"total":12,"passedOnce":true,"checkedAt":"…","hintsShown":1}}}</pre>
 */
public final class Progress {

    static final String FILE = "progress.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One lesson's entry; a lesson never checked has none. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(int passed, int total, boolean passedOnce, String checkedAt, int hintsShown) {
        static final Entry NONE = new Entry(0, 0, false, null, 0);

        /** The last check passed every check. */
        boolean done() {
            return total > 0 && passed == total;
        }

        public boolean checked() {
            return checkedAt != null;
        }

        Entry scored(int passed, int total, Instant at) {
            boolean allPassed = total > 0 && passed == total;
            return new Entry(passed, total, passedOnce || allPassed, at.toString(), hintsShown);
        }

        Entry withHintsShown(int shown) {
            return new Entry(passed, total, passedOnce, checkedAt, shown);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data(int version, TreeMap<String, Entry> lessons) {
        static Data empty() {
            return new Data(1, new TreeMap<>());
        }
    }

    private final Path file;
    /** Where a progress file that cannot be read or written is reported: the command's error writer. */
    private final PrintWriter warnings;

    /** Progress whose file problems are reported on standard error (serve's console). */
    public Progress(Path workbookHome) {
        this(workbookHome, new PrintWriter(System.err, true));
    }

    public Progress(Path workbookHome, PrintWriter warnings) {
        this.file = workbookHome.resolve(".workbook").resolve(FILE);
        this.warnings = warnings;
    }

    Path file() {
        return file;
    }

    public Entry of(Lesson lesson) {
        return read().lessons().getOrDefault(lesson.id(), Entry.NONE);
    }

    /** The first lesson whose last check did not pass everything: the one to work on now. */
    public Optional<Lesson> current() {
        Data data = read();
        return Lessons.all().stream()
                .filter(l -> !data.lessons().getOrDefault(l.id(), Entry.NONE).done())
                .findFirst();
    }

    void recordScore(Lesson lesson, long passed, long total) {
        update(lesson, e -> e.scored((int) passed, (int) total, Instant.now()));
    }

    void recordHintsShown(Lesson lesson, int shown) {
        update(lesson, e -> e.withHintsShown(shown));
    }

    /** Code that does not compile passes nothing; the number of checks stays what it was. */
    void recordCompileErrors(Lesson lesson) {
        update(lesson, e -> e.scored(0, e.total(), Instant.now()));
    }

    /** Forgets the last score (after a reset the file is a stub again); hints shown and "passed once" stay. */
    void forgetScore(Lesson lesson) {
        update(lesson, e -> new Entry(0, 0, e.passedOnce(), null, e.hintsShown()));
    }

    /** What the file says, or nothing at all when it is missing or unreadable (it is only a convenience). */
    Data read() {
        if (!Files.isRegularFile(file)) {
            return Data.empty();
        }
        try {
            Data data = JSON.readValue(file.toFile(), Data.class);
            return data == null || data.lessons() == null ? Data.empty() : data;
        } catch (IOException e) {
            warnings.println("workbook: " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + "); starting from an empty progress / 진행 기록을 읽지 못해 처음부터 셉니다");
            return Data.empty();
        }
    }

    /** Read, change and write under a lock, so a check in one terminal and watch in another do not lose entries. */
    private void update(Lesson lesson, UnaryOperator<Entry> change) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel lockFile = FileChannel.open(file.resolveSibling("progress.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = lockFile.lock();
                try {
                    Data data = read();
                    TreeMap<String, Entry> lessons = new TreeMap<>(data.lessons());
                    lessons.put(lesson.id(), change.apply(lessons.getOrDefault(lesson.id(), Entry.NONE)));
                    write(new Data(1, lessons));
                } finally {
                    lock.release();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the grade was printed; a progress file that cannot be written only costs the list its marks
            warnings.println("workbook: progress not saved to " + file + ": " + e
                    + " / 진행 기록을 저장하지 못했습니다");
        }
    }

    private void write(Data data) throws IOException {
        Path fresh = file.resolveSibling(FILE + ".tmp");
        JSON.writeValue(fresh.toFile(), data);
        try {
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Every lesson in catalog order with its entry. */
    List<Lesson> lessons() {
        return Lessons.all();
    }
}
