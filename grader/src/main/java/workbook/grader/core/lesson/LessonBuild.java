package workbook.grader.core.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import workbook.grader.core.lesson.Lessons.Lesson;

/**
 * Compiles one lesson's folder of a source tree ({@code lessons/}, {@code solutions/} or a student's copy), once per
 * content: classes are kept under {@code cacheRoot} by a fingerprint of the sources and the classpath, so a second
 * check of unchanged sources reuses them and {@code ./workbook check} stays fast.
 */
public final class LessonBuild {

    private LessonBuild() {
    }

    /**
     * Where the classes compiled from the workbook's {@code root} tree ({@code lessons}, {@code solutions}) are kept:
     * inside the workbook, never in a shared temporary folder, where another user of the machine could not write (and
     * the grader failed) or could leave classes of their own under the right name for the grader to load.
     */
    public static Path cacheRoot(Path home, String root) {
        return home.resolve(".workbook").resolve("classes").resolve(root);
    }

    /** Compiles {@code root/<lesson folder>/*.java}; a missing or empty folder comes back as a problem, not a throw. */
    public static SourceCompiler.Result compile(Lesson lesson, Path root, Path cacheRoot) throws IOException {
        Path folder = root.resolve(lesson.folder());
        if (!Files.isDirectory(folder)) {
            return failed(folder, "the lesson folder is missing / 레슨 폴더가 없습니다");
        }
        List<Path> sources;
        try (Stream<Path> files = Files.list(folder)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        if (sources.isEmpty()) {
            return failed(folder, "no .java files in this folder / 이 폴더에 .java 파일이 없습니다");
        }
        Path output = cacheRoot.resolve("lesson" + lesson.id() + "-" + fingerprint(sources));
        if (Files.isRegularFile(output.resolve("COMPILED"))) {
            return new SourceCompiler.Result(output, List.of());
        }
        // a folder of its own: two threads of one JVM (a check and the browser task's reference build) may compile at once
        Path fresh = Files.createTempDirectory(Files.createDirectories(cacheRoot), output.getFileName() + ".tmp");
        SourceCompiler.Result result = SourceCompiler.compile(sources, fresh);
        if (!result.ok()) {
            return result;
        }
        Files.writeString(fresh.resolve("COMPILED"), lesson.className());
        try {
            Files.move(fresh, output);
        } catch (IOException raced) {
            // another check compiled the same sources at the same moment: theirs is as good as ours
        }
        return new SourceCompiler.Result(output, List.of());
    }

    private static SourceCompiler.Result failed(Path folder, String why) {
        return new SourceCompiler.Result(null, List.of(new SourceCompiler.Problem(folder, 0, 0, why)));
    }

    private static String fingerprint(List<Path> sources) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(System.getProperty("java.class.path").getBytes(StandardCharsets.UTF_8));
            for (Path source : sources) {
                digest.update(source.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(source));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
