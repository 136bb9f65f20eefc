package workbook.grader.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SourceCompiler: one file manager for every compile, and nothing of one compile in the next")
class SourceCompilerTest {

    @Test
    void eachCompileSeesOnlyItsOwnSourcesAndWritesOnlyToItsOwnFolder(@TempDir Path tmp) throws Exception {
        Path broken = write(tmp.resolve("broken"), "class Greeting { String text() { return 42; } }");
        Path first = write(tmp.resolve("first"), "class Greeting { public String toString() { return \"first\"; } }");
        Path second = write(tmp.resolve("second"), "class Greeting { public String toString() { return \"second\"; } }");

        SourceCompiler.Result failed = SourceCompiler.compileFolder(broken, tmp.resolve("out-broken"));
        SourceCompiler.Result one = SourceCompiler.compileFolder(first, tmp.resolve("out-first"));
        SourceCompiler.Result two = SourceCompiler.compileFolder(second, tmp.resolve("out-second"));

        assertThat(failed.ok()).isFalse();
        assertThat(failed.errors().get(0).render(tmp)).startsWith("broken/Greeting.java:1:").contains("incompatible types");
        assertThat(one.errors()).isEmpty();
        assertThat(two.errors()).isEmpty();
        assertThat(tmp.resolve("out-broken/Greeting.class")).doesNotExist();
        assertThat(greeting(tmp.resolve("out-first"))).isEqualTo("first");
        assertThat(greeting(tmp.resolve("out-second"))).isEqualTo("second");
    }

    private static Path write(Path folder, String source) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Greeting.java"), source);
        return folder;
    }

    private static String greeting(Path classes) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            var constructor = loader.loadClass("Greeting").getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance().toString();
        }
    }
}
