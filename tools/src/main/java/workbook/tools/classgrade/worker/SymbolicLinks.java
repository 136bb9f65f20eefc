package workbook.tools.classgrade.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a symbolic link in a submission. The worker reads a submission's files with the instructor's rights, outside
 * the sandbox (to compile them, and to load its browser client), so a link could hand it another student's files, or
 * any file the instructor can read, as this student's own.
 */
final class SymbolicLinks {

    private SymbolicLinks() {
    }

    /** The first link among the student's folder, the folders down to the lesson folder, and everything in it. */
    static Optional<Path> first(Path studentFolder, Path lessonFolder) throws IOException {
        Path student = studentFolder.toAbsolutePath().normalize();
        Path at = student;
        if (Files.isSymbolicLink(at)) {
            return Optional.of(at);
        }
        for (Path part : student.relativize(lessonFolder.toAbsolutePath().normalize())) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                return Optional.of(at);
            }
        }
        // Files.walk does not follow links: a linked folder is listed, never entered
        try (Stream<Path> all = Files.walk(at)) {
            return all.filter(Files::isSymbolicLink).sorted().findFirst();
        }
    }
}
