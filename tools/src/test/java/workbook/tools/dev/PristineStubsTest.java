package workbook.tools.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.tools.files.PristineStubs;
import workbook.tools.files.StudentFiles;
import workbook.tools.learner.CommandTest;

@DisplayName("The stubs that reset restores are the stubs in lessons/, byte for byte")
class PristineStubsTest {

    static Stream<String> lessons() {
        return Lessons.all().stream().map(Lesson::id);
    }

    @ParameterizedTest(name = "lesson {0}")
    @MethodSource("lessons")
    void pristineCopiesMatchEveryStubFile(String id) throws Exception {
        Lesson lesson = Lessons.find(id).orElseThrow();
        Path folder = CommandTest.REAL_HOME.resolve("lessons").resolve(lesson.folder());
        assumeTrue(Files.isDirectory(folder), "lesson " + id + " is not in this workbook yet");
        List<Path> sources = workbook.tools.files.StudentFiles.in(folder).stream().map(folder::resolve).toList();
        boolean required = Boolean.getBoolean("workbook.requireStubs") || "true".equals(System.getenv("CI"));
        Map<String, String> copies = PristineStubs.allOf(lesson, CommandTest.REAL_HOME);
        for (Path file : sources) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            assumeTrue(required || StudentFiles.looksLikeAStub(source),
                    "lessons/" + lesson.folder() + " has been edited: this test guards the untouched stubs");
            assertThat(copies.get(folder.relativize(file).toString().replace('\\', '/')))
                    .as("the pristine copy of %s (after changing a stub, run ./workbook dev pristine --update and commit %s)",
                            file.getFileName(), PristineStubs.SOURCE_FOLDER)
                    .isEqualTo(source);
        }
        assertThat(copies.keySet()).as("a pristine copy for every stub file and no other")
                .containsExactlyInAnyOrderElementsOf(sources.stream().map(f -> folder.relativize(f).toString().replace('\\', '/')).toList());
    }
}
