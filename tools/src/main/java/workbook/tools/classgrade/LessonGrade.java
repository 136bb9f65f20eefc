package workbook.tools.classgrade;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.words.Msg;

/**
 * One student's grade for one lesson: every check of the lesson with its outcome, and the problems worth naming
 * to the instructor (a compile error, a JVM that was ended, a fixed port, a flood...). One point per check passed.
 */
public record LessonGrade(Lesson lesson, Kind kind, List<Line> checks, List<Msg> problems, Duration took) {

    /** Checks run side by side; reports list them task by task, in the order the checks class declares them. */
    public LessonGrade {
        checks = checks.stream().sorted(java.util.Comparator.comparingInt(Line::task)).toList();
        problems = List.copyOf(problems);
    }

    /** How far grading got. Anything but GRADED scores zero. */
    public enum Kind {
        GRADED, MISSING, REFUSED, COMPILE_ERROR, ENDED_EARLY, TIMED_OUT;

        /** Whether the submission's own process was started, so that its time says something about the submission. */
        public boolean started() {
            return this == GRADED || this == ENDED_EARLY || this == TIMED_OUT;
        }
    }

    public enum Status { PASSED, FAILED, ERROR, SKIPPED }

    /** One check's outcome; {@code message} explains a failure or an error. */
    public record Line(int task, Msg taskTitle, Msg name, Status status, String message) {
    }

    /** A lesson that could not be graded: every check of the catalog counts as an error, for the same reason. */
    public static LessonGrade notGraded(Lesson lesson, Kind kind, List<CheckCatalog.Entry> catalog, Msg reason,
                                 List<Msg> problems, Duration took, workbook.grader.core.words.Lang lang) {
        List<Line> lines = catalog.stream()
                .map(e -> new Line(e.task(), e.taskTitle(), e.name(), Status.ERROR, reason.in(lang))).toList();
        return new LessonGrade(lesson, kind, lines, problems, took);
    }

    public long points() {
        return checks.stream().filter(c -> c.status() == Status.PASSED).count();
    }

    public long max() {
        return checks.stream().filter(c -> c.status() != Status.SKIPPED).count();
    }

    /** Points and maximum of each task, in task order. */
    public Map<Integer, long[]> byTask() {
        Map<Integer, long[]> tasks = new TreeMap<>();
        for (Line line : checks) {
            long[] score = tasks.computeIfAbsent(line.task(), t -> new long[2]);
            if (line.status() == Status.PASSED) {
                score[0]++;
            }
            if (line.status() != Status.SKIPPED) {
                score[1]++;
            }
        }
        return tasks;
    }
}
