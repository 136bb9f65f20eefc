package workbook.grader.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary folders the grader makes for its own parts (a browser's profile, a page server's pages, Redis's files)
 * and grade-class for its workers (their work folders, each submission's compiled classes).
 */
public final class TempFolders {

    private TempFolders() {
    }

    /** A new folder in {@code parent} whose name starts with {@code prefix}. */
    public static Path create(Path parent, String prefix) {
        try {
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new folder in {@code java.io.tmpdir} whose name starts with {@code prefix}. */
    public static Path create(String prefix) {
        return create(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }

    /** Deletes {@code folder} with all it holds, as far as it can: a folder left behind changes no grade. */
    public static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // gone already, or unreadable: either way nothing more to do here
        }
    }
}
