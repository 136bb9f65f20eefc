package workbook.tools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workbook.grader.browser.ClientCheckExtension;
import workbook.grader.core.Lang;
import workbook.grader.core.Lessons.Lesson;
import workbook.grader.core.Lessons.Text;
import workbook.grader.core.Msg;
import workbook.grader.run.CheckResult;
import workbook.grader.run.GradeRunner;
import workbook.grader.run.LessonResult;

/**
 * The main class of the JVM that {@code grade-class} starts for one submission: grades one lesson's compiled
 * classes and writes a {@link SubmissionReport} to the file it was given. The lesson's code runs in this JVM, so a
 * {@code System.exit}, an endless loop or a flood ends here, costing only this submission.
 *
 * <p>{@code java ... workbook.tools.SubmissionGrader --lesson 01 --target classes:DIR --lang ko --report FILE [--client DIR]}
 */
public final class SubmissionGrader {

    /** The grader keeps the first 64 KiB of what the lesson prints and says how many bytes it dropped. */
    private static final Pattern DROPPED = Pattern.compile("… \\((\\d+) more bytes not kept");

    private static final Object WRITING = new Object();
    private static boolean reported;

    private SubmissionGrader() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Lesson lesson = LessonArg.find(options.get("--lesson"));
        Path reportFile = Path.of(options.get("--report"));
        long start = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> reportAbort(lesson, reportFile, start),
                "grade-class-exit-witness"));
        SubmissionReport report;
        try {
            // --client: the submission's lesson folder, whose browser client Chromium loads as a page (never run here)
            Map<String, String> extra = options.containsKey("--client")
                    ? Map.of(ClientCheckExtension.CLIENT_PARAMETER, options.get("--client")) : Map.of();
            LessonResult result = GradeRunner.run(lesson, options.get("--target"), Lang.parse(options.get("--lang")), extra);
            report = new SubmissionReport(lesson.id(), true, null, millisSince(start), checks(result),
                    printedBytes(result.serverOutput()), StuckThreads.of(lesson));
        } catch (RuntimeException | Error e) {
            report = new SubmissionReport(lesson.id(), false, "grader: " + e, millisSince(start), List.of(), 0, List.of());
        }
        synchronized (WRITING) {
            report.writeTo(reportFile);
            reported = true;
        }
        // halt, not exit: shutdown hooks the lesson's code may have added must not keep this JVM alive
        Runtime.getRuntime().halt(0);
    }

    /** Runs when something asks the JVM to exit before grading ended: the lesson's code, in practice. */
    private static void reportAbort(Lesson lesson, Path reportFile, long start) {
        synchronized (WRITING) {
            if (reported) {
                return;
            }
            try {
                new SubmissionReport(lesson.id(), false, "exit" + exitCaller(lesson).map(at -> " at " + at).orElse(""),
                        millisSince(start), List.of(), 0, List.of()).writeTo(reportFile);
                reported = true;
            } catch (java.io.IOException | RuntimeException e) {
                // nothing more to do while the JVM goes down: the parent reads the missing report as an early end
            }
        }
    }

    /** The line of the lesson's code that called {@code System.exit} or {@code Runtime.exit}, if a thread is there. */
    private static Optional<String> exitCaller(Lesson lesson) {
        String lessonPackage = lesson.className().substring(0, lesson.className().lastIndexOf('.') + 1);
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            boolean exiting = false;
            for (StackTraceElement frame : stack) {
                exiting |= frame.getMethodName().equals("exit")
                        && (frame.getClassName().equals("java.lang.System") || frame.getClassName().equals("java.lang.Runtime"));
                if (exiting && frame.getClassName().startsWith(lessonPackage)) {
                    return Optional.of(frame.getClassName().substring(lessonPackage.length()) + "." + frame.getMethodName()
                            + "(" + frame.getFileName() + ":" + frame.getLineNumber() + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static List<SubmissionReport.Check> checks(LessonResult result) {
        return result.checks().stream().map(c -> new SubmissionReport.Check(c.task(), text(c.taskTitle()), text(c.name()),
                c.status().name(), c.message(), c.took().toMillis())).toList();
    }

    private static Text text(Msg msg) {
        return new Text(msg.ko(), msg.en());
    }

    static long printedBytes(String serverOutput) {
        long kept = serverOutput.getBytes(StandardCharsets.UTF_8).length;
        Matcher dropped = DROPPED.matcher(serverOutput);
        return dropped.find() ? kept + Long.parseLong(dropped.group(1)) : kept;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--lesson", "--target", "--lang", "--report")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("SubmissionGrader needs " + required);
            }
        }
        return options;
    }
}
