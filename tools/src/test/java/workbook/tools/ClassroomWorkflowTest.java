package workbook.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.tools.learner.CommandTest;

@DisplayName("The GitHub Classroom workflow grades every lesson as a step of its own and reports them all")
class ClassroomWorkflowTest {

    private static final String GRADER = "classroom-resources/autograding-command-grader@v1";
    private static final String REPORTER = "classroom-resources/autograding-grading-reporter@v1";

    private static List<JsonNode> steps;

    @BeforeAll
    static void read() throws Exception {
        JsonNode workflow = new ObjectMapper(new YAMLFactory())
                .readTree(CommandTest.REAL_HOME.resolve(".github/workflows/classroom.yml").toFile());
        steps = new ArrayList<>();
        workflow.get("jobs").elements().next().get("steps").forEach(steps::add);
    }

    private static JsonNode step(String id) {
        return steps.stream().filter(s -> s.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no step with id " + id + " in classroom.yml"));
    }

    @Test
    void everyLessonHasAGradingStepWithItsOwnPoints() {
        for (Lesson lesson : Lessons.all()) {
            JsonNode step = step("lesson-" + lesson.id());
            assertThat(step.get("uses").asText()).as("lesson %s", lesson.id()).isEqualTo(GRADER);
            JsonNode with = step.get("with");
            assertThat(with.get("command").asText()).as("lesson %s", lesson.id()).startsWith("./workbook check " + lesson.id());
            assertThat(with.get("max-score").asInt()).as("lesson %s", lesson.id()).isPositive();
            assertThat(with.get("timeout").asInt()).as("lesson %s, minutes", lesson.id()).isBetween(1, 10);
            assertThat(with.get("test-name").asText()).startsWith(lesson.id() + " ");
        }
        assertThat(steps.stream().filter(s -> GRADER.equals(s.path("uses").asText()))).hasSize(Lessons.all().size());
    }

    @Test
    void theReporterCollectsEveryLesson() {
        JsonNode reporter = steps.get(steps.size() - 1);
        assertThat(reporter.get("uses").asText()).isEqualTo(REPORTER);
        List<String> runners = Arrays.asList(reporter.get("with").get("runners").asText().split(","));
        List<String> expected = Lessons.all().stream().map(l -> "lesson-" + l.id()).toList();
        assertThat(runners).containsExactlyElementsOf(expected);
        for (Lesson lesson : Lessons.all()) {
            assertThat(reporter.get("env").get("LESSON-" + lesson.id() + "_RESULTS").asText())
                    .isEqualTo("${{steps.lesson-" + lesson.id() + ".outputs.result}}");
        }
    }

    @Test
    void javaSeventeenWithMavenCacheIsSetUpAndTheToolsBuiltBeforeGrading() {
        JsonNode java = steps.stream().filter(s -> s.path("uses").asText().startsWith("actions/setup-java@")).findFirst()
                .orElseThrow();
        assertThat(java.get("with").get("java-version").asText()).isEqualTo("17");
        assertThat(java.get("with").get("cache").asText()).isEqualTo("maven");
        int build = steps.indexOf(steps.stream().filter(s -> s.path("run").asText().startsWith("./workbook")).findFirst()
                .orElseThrow());
        assertThat(build).isLessThan(steps.indexOf(step("lesson-01")));
    }
}
