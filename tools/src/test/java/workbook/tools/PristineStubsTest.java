package workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbook.grader.core.Lessons;
import workbook.grader.core.Lessons.Lesson;

@DisplayName("The stubs that reset restores are the stubs in lessons/, byte for byte")
class PristineStubsTest {

    static Stream<String> lessons() {
        return Lessons.all().stream().map(Lesson::id);
    }

    @ParameterizedTest(name = "lesson {0}")
    @MethodSource("lessons")
    void pristineCopyMatchesTheStub(String id) throws Exception {
        Lesson lesson = Lessons.find(id).orElseThrow();
        Path file = LessonArg.lessonFile(CommandTest.REAL_HOME, "lessons", lesson);
        assumeTrue(Files.isRegularFile(file), "lesson " + id + " is not in this workbook yet");
        String source = Files.readString(file, StandardCharsets.UTF_8);
        boolean required = Boolean.getBoolean("workbook.requireStubs") || "true".equals(System.getenv("CI"));
        assumeTrue(required || PristineStubs.looksLikeAStub(source),
                "lessons/" + lesson.folder() + " has been edited: this test guards the untouched stubs");
        assertThat(PristineStubs.of(lesson))
                .as("the pristine copy of %s (after changing a stub, run ./workbook pristine --update and commit %s)",
                        file.getFileName(), PristineStubs.SOURCE_FOLDER)
                .contains(source);
    }
}
