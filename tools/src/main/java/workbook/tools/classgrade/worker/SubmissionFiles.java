package workbook.tools.classgrade.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import workbook.grader.core.words.Msg;

/**
 * What the worker checks of a submission's files before it reads them. It reads them with the instructor's rights,
 * outside the sandbox (to compile them, and to load the browser client), so a symbolic link could hand it another
 * student's files, or any file the instructor can read, as this student's own; a named pipe would hang it; and a
 * huge folder would hold it up, for it has no bounds of its own.
 */
final class SubmissionFiles {

    /** Far more than any lesson folder holds, pictures included; the sources of a lesson are a few KiB. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final int MAX_FILES = 1000;

    private SubmissionFiles() {
    }

    /** Why the worker must not read this submission, or empty when it may. */
    static Optional<Msg> refusal(Path studentFolder, Path lessonFolder) throws IOException {
        Path student = studentFolder.toAbsolutePath().normalize();
        Path lesson = lessonFolder.toAbsolutePath().normalize();
        Optional<Path> link = linkOnTheWay(student, lesson);
        List<Path> entries = List.of();
        if (link.isEmpty()) {
            // Files.walk does not follow links: a linked folder is listed, never entered
            try (Stream<Path> all = Files.walk(lesson)) {
                entries = all.limit(MAX_FILES + 2L).toList();
            }
            link = entries.stream().filter(Files::isSymbolicLink).sorted().findFirst();
        }
        if (link.isPresent()) {
            String shown = shown(student, link.get());
            return Optional.of(Msg.of("심볼릭 링크: " + shown + " (학생 자신의 파일만 채점합니다: 링크 대신 파일을 넣으세요)",
                    "a symbolic link: " + shown + " (only the student's own files are graded: put the file itself there)"));
        }
        Optional<Path> special = entries.stream().filter(p -> !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).findFirst();
        if (special.isPresent()) {
            String shown = shown(student, special.get());
            return Optional.of(Msg.of("파일도 폴더도 아닌 것: " + shown + " (이름 있는 파이프나 장치 파일은 읽으면 멈출 수 있습니다)",
                    "neither a file nor a folder: " + shown + " (a named pipe or a device could hang whoever reads it)"));
        }
        long bytes = 0;
        for (Path entry : entries) {
            if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                bytes += Files.size(entry);
            }
        }
        // Folders below the lesson folder count as files: the walk stops after MAX_FILES + 2 entries, so counting
        // files alone, many folders would hide the files beyond them, and their size. The lesson folder is the + 1.
        boolean tooMany = entries.size() > MAX_FILES + 1;
        if (tooMany || bytes > MAX_BYTES) {
            String what = tooMany ? "more than " + MAX_FILES + " files" : (bytes >> 20) + " MiB";
            String whatKo = tooMany ? "파일 " + MAX_FILES + "개 넘게" : (bytes >> 20) + " MiB";
            return Optional.of(Msg.of("레슨 폴더가 너무 큽니다: " + whatKo + " (많아야 " + (MAX_BYTES >> 20) + " MiB, 파일 " + MAX_FILES + "개)",
                    "the lesson folder is too large: " + what + " (at most " + (MAX_BYTES >> 20) + " MiB in " + MAX_FILES + " files)"));
        }
        return Optional.empty();
    }

    /** {@code path} as the instructor sees it in the class folder: "alice/01-echo/EchoServer.java". */
    private static String shown(Path student, Path path) {
        return student.getParent().relativize(path).toString();
    }

    /** A link at the student's folder or at a folder on the way down to the lesson folder, the lesson folder included. */
    private static Optional<Path> linkOnTheWay(Path student, Path lesson) {
        Path at = student;
        if (Files.isSymbolicLink(at)) {
            return Optional.of(at);
        }
        for (Path part : student.relativize(lesson)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }
}
