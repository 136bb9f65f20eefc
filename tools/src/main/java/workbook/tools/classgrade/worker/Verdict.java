package workbook.tools.classgrade.worker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;
import workbook.tools.cli.TimeArg;
import workbook.grader.core.words.Quote;
import workbook.grader.run.LessonResult;
import workbook.tools.classgrade.CheckCatalog;
import workbook.tools.classgrade.LessonGrade;

/**
 * Turns what the worker saw of one submission (the checks it ran, how the submission's process ended, what it
 * printed) into a grade, with the problems worth naming. Everything here was observed by the worker itself.
 */
final class Verdict {

    /**
     * More than this printed by one submission is named as a flood. The grader's own checks send a server at most
     * about 9 MB in one lesson (lesson 03's closing-client check alone sends up to 32 messages of 256 KiB), and a correct
     * server may print every message it receives, twice, or once for each of the three clients it sends it to: about
     * 26 MB at most. Above 32 MiB it prints more than anything the checks gave it reason to.
     */
    static final long FLOOD_BYTES = 32L * 1024 * 1024;

    private static final Pattern FIXED_PORT = Pattern.compile("Port (\\d+) is already in use");
    private static final Pattern THREADS_LEFT = Pattern.compile("threads left: \\[([^\\]]+)\\]");

    /**
     * What happened to the submission's process. {@code exitCaller} is null when it did not say; {@code lastLine} is
     * the last line it printed, empty when it printed nothing.
     */
    record Ending(boolean timedOut, boolean byItself, int exitCode, String exitCaller, boolean flooded, long printedBytes,
                  boolean outOfMemory, List<String> stuckThreads, String lastLine) {
    }

    private final Lang lang;
    private final Duration timeLimit;
    private final String heap;

    Verdict(Lang lang, Duration timeLimit, String heap) {
        this.lang = lang;
        this.timeLimit = timeLimit;
        this.heap = heap;
    }

    LessonGrade of(Lesson lesson, List<CheckCatalog.Entry> catalog, LessonResult result, Ending ending, Duration took) {
        List<Msg> problems = new ArrayList<>();
        if (ending.printedBytes() > FLOOD_BYTES) {
            String size = String.format(Locale.ROOT, "%.1f MB", ending.printedBytes() / 1_000_000.0);
            problems.add(ending.flooded()
                    ? Msg.of("출력 폭주: " + size + " 넘게 출력해서 서버 프로세스를 멈춤", "output flood: printed over " + size + " and its server process was stopped")
                    : Msg.of("출력 폭주: " + size + " 출력함", "output flood: printed " + size));
        }
        if (!ending.stuckThreads().isEmpty()) {
            problems.add(Msg.of("채점이 끝난 뒤에도 실행 중 (무한 반복?): " + ending.stuckThreads().get(0),
                    "still running after grading (endless loop?): " + ending.stuckThreads().get(0)));
        }
        Msg reason = null;
        LessonGrade.Kind kind = LessonGrade.Kind.ENDED_EARLY;
        if (ending.timedOut()) {
            kind = LessonGrade.Kind.TIMED_OUT;
            String shown = TimeArg.show(timeLimit);
            reason = Msg.of(shown + " 제한을 넘겨 중단함 (무한 반복이나 끝없는 대기?)",
                    "killed after the " + shown + " time limit (an endless loop or wait?)");
        } else if (ending.flooded()) {
            reason = problems.remove(0);
        } else if (ending.byItself() && ending.outOfMemory()) {
            reason = Msg.of("메모리 부족 (" + heap + " 힙)", "out of memory (" + heap + " heap)");
        } else if (ending.byItself() && ending.exitCaller() != null) {
            String where = ending.exitCaller().isEmpty() ? "" : " at " + ending.exitCaller();
            String whereKo = ending.exitCaller().isEmpty() ? "" : " (" + ending.exitCaller() + ")";
            reason = Msg.of("채점 중에 레슨 코드가 서버 프로세스를 끝냄: System.exit(" + ending.exitCode() + ")" + whereKo,
                    "the lesson's code ended its server process: System.exit(" + ending.exitCode() + ")" + where);
        } else if (ending.byItself()) {
            reason = unannounced(ending);
        } else if (result == null) {
            reason = Msg.same("the grader itself failed on this submission");
        }
        if (reason == null) {
            List<LessonGrade.Line> lines = result.checks().stream().map(c -> new LessonGrade.Line(c.task(), c.taskTitle(),
                    c.name(), status(c.status().name()), c.message())).toList();
            problems.addAll(0, namedFaults(lines));
            return new LessonGrade(lesson, LessonGrade.Kind.GRADED, lines, problems, took);
        }
        problems.add(0, reason);
        return LessonGrade.notGraded(lesson, kind, catalog, reason, problems, took, lang);
    }

    /** Ended by itself without saying why (halt, a crash, a JVM that never started): its last line may say. */
    private static Msg unannounced(Ending ending) {
        String code = ending.exitCode() + ": Runtime.halt? ";
        if (ending.lastLine().isEmpty()) {
            return Msg.of("서버 프로세스가 아무 말 없이 끝남 (종료 코드 " + code + "충돌?)",
                    "the server process ended without a word (exit code " + code + "a crash?)");
        }
        String said = Quote.text(ending.lastLine());
        return Msg.of("서버 프로세스가 이유를 알리지 않고 끝남 (종료 코드 " + code + "충돌?); 마지막 출력 줄: " + said,
                "the server process ended without saying why (exit code " + code + "a crash?); its last line: " + said);
    }

    /** Faults worth a name, read from the checks' explanations (which are the same in both languages here). */
    private static List<Msg> namedFaults(List<LessonGrade.Line> lines) {
        List<Msg> faults = new ArrayList<>();
        String all = lines.stream().filter(l -> l.message() != null).map(LessonGrade.Line::message)
                .reduce("", (a, b) -> a + "\n" + b);
        Matcher port = FIXED_PORT.matcher(all);
        if (port.find()) {
            faults.add(Msg.of("고정 포트 " + port.group(1) + "번을 씀 (받은 포트를 쓰지 않음)",
                    "binds the fixed port " + port.group(1) + " instead of the port it is given"));
        }
        if (all.contains("Not implemented yet") || all.contains("아직 구현하지 않았습니다")) {
            faults.add(Msg.of("아직 구현하지 않음 (스텁의 예외)", "not implemented yet (the stub's exception)"));
        }
        Matcher threads = THREADS_LEFT.matcher(all);
        if (threads.find()) {
            faults.add(Msg.of("stop() 뒤에 남은 스레드: " + threads.group(1), "threads left after stop(): " + threads.group(1)));
        }
        return faults;
    }

    private static LessonGrade.Status status(String status) {
        return switch (status) {
            case "PASSED" -> LessonGrade.Status.PASSED;
            case "SKIPPED" -> LessonGrade.Status.SKIPPED;
            default -> LessonGrade.Status.FAILED;
        };
    }
}
