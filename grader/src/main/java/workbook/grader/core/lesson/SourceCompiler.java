package workbook.grader.core.lesson;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a lesson folder's Java files in this JVM, against the classpath the grader itself runs with. */
public final class SourceCompiler {

    /** One compile error, with the file and line a learner opens. */
    public record Problem(Path file, long line, long column, String message) {
        public String render(Path relativeTo) {
            Path shown = file == null ? Path.of("?") : relativeTo.relativize(file.toAbsolutePath().normalize());
            return shown + ":" + line + ":" + column + ": " + message;
        }
    }

    public record Result(Path classes, List<Problem> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private SourceCompiler() {
    }

    /** Compiles every {@code .java} file directly in {@code folder} into {@code output}. */
    public static Result compileFolder(Path folder, Path output) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(folder)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        if (sources.isEmpty()) {
            return new Result(output, List.of(new Problem(folder, 0, 0, "no .java files in this folder / 이 폴더에 .java 파일이 없습니다")));
        }
        return compile(sources, output);
    }

    public static Result compile(List<Path> sources, Path output) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("this Java has no compiler: run the workbook with a JDK 17, not a JRE");
        }
        Files.createDirectories(output);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", output.toString(), "-classpath", System.getProperty("java.class.path"),
                    "--release", "17", "-encoding", "UTF-8", "-proc:none", "-implicit:none", "-nowarn");
            StringWriter noise = new StringWriter();
            javac.getTask(noise, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        List<Problem> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                Path file = d.getSource() == null ? null : Path.of(d.getSource().toUri());
                errors.add(new Problem(file, d.getLineNumber(), d.getColumnNumber(), d.getMessage(Locale.ROOT)));
            }
        }
        return new Result(output, errors);
    }
}
