package workbook.tools.classgrade;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.Lessons.Text;
import workbook.grader.core.words.Msg;

/**
 * One submission's grade as a grading worker sends it to grade-class, one JSON line: the worker is trusted, and the
 * submission's process never writes it. {@code pagesUnsandboxed}: the worker's Chromium runs pages without its own
 * sandbox.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionOutcome(String student, String lesson, String kind, List<Line> checks, List<Text> problems,
                                long tookMillis, boolean pagesUnsandboxed) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(int task, Text taskTitle, Text name, String status, String message) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static SubmissionOutcome of(String student, LessonGrade grade, boolean pagesUnsandboxed) {
        return new SubmissionOutcome(student, grade.lesson().id(), grade.kind().name(), grade.checks().stream()
                .map(l -> new Line(l.task(), text(l.taskTitle()), text(l.name()), l.status().name(), l.message())).toList(),
                grade.problems().stream().map(SubmissionOutcome::text).toList(), grade.took().toMillis(),
                pagesUnsandboxed);
    }

    LessonGrade toGrade() {
        Lesson found = Lessons.find(lesson).orElseThrow();
        return new LessonGrade(found, LessonGrade.Kind.valueOf(kind), checks.stream().map(l -> new LessonGrade.Line(l.task(),
                msg(l.taskTitle()), msg(l.name()), LessonGrade.Status.valueOf(l.status()), l.message())).toList(),
                problems.stream().map(SubmissionOutcome::msg).toList(), Duration.ofMillis(tookMillis));
    }

    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static SubmissionOutcome parse(String json) throws JsonProcessingException {
        return JSON.readValue(json, SubmissionOutcome.class);
    }

    private static Text text(Msg msg) {
        return new Text(msg.ko(), msg.en());
    }

    private static Msg msg(Text text) {
        return Msg.of(text.ko(), text.en());
    }
}
