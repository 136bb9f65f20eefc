package workbook.tools.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a learner completes in a lesson folder: the server's {@code *.java}, then the browser client, which is
 * {@code client.js} beside the server (lessons 01, 02, 06) or {@code front/app.js} in the page's folder (07).
 * Names are relative to the lesson folder, with {@code /}. Every command that looks at "the learner's files"
 * (pristine, reset, solution, watch) asks here.
 */
public final class StudentFiles {

    /** The browser client's files, relative to a lesson folder, where a lesson has one. */
    public static final List<String> CLIENT_FILES = List.of("client.js", "front/app.js");

    private StudentFiles() {
    }

    /** The learner's files present in {@code folder}, Java first, each as a name relative to it. */
    public static List<String> in(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted().forEach(names::add);
        }
        for (String client : CLIENT_FILES) {
            if (Files.isRegularFile(folder.resolve(client))) {
                names.add(client);
            }
        }
        return names;
    }

    /** A file a learner edits, by its name: Java, or the browser client. */
    public static boolean isStudentFile(Path relative) {
        String name = relative.toString().replace('\\', '/');
        return name.endsWith(".java") || CLIENT_FILES.contains(name);
    }

    /** Still the stub: Java that throws the stub's exception, or a client that still calls notImplemented(...). */
    public static boolean looksLikeAStub(String source) {
        return source.contains("throw new UnsupportedOperationException") || source.contains("notImplemented('");
    }
}
