package workbook.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import workbook.grader.core.Lessons.Lesson;
import workbook.grader.core.SourceCompiler;

/**
 * Compiles a lesson folder into {@code .workbook/classes/}, once per content: a second check of unchanged sources
 * reuses the classes, so {@code ./workbook check} stays fast.
 */
public final class StudentClasses {

    private StudentClasses() {
    }

    public static SourceCompiler.Result compile(Lesson lesson, Path sourceRoot, Path cacheRoot) throws IOException {
        Path folder = sourceRoot.resolve(lesson.folder());
        if (!Files.isDirectory(folder)) {
            throw new UsageError("no folder " + folder + " / 레슨 폴더가 없습니다: " + folder);
        }
        List<Path> sources;
        try (Stream<Path> files = Files.list(folder)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        Path output = cacheRoot.resolve("lesson" + lesson.id() + "-" + fingerprint(sources));
        if (Files.isRegularFile(output.resolve("COMPILED"))) {
            return new SourceCompiler.Result(output, List.of());
        }
        Path fresh = Files.createDirectories(cacheRoot).resolve(output.getFileName() + ".tmp" + ProcessHandle.current().pid());
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

    private static String fingerprint(List<Path> sources) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(System.getProperty("java.class.path").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Path source : sources) {
                digest.update(source.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(source));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
