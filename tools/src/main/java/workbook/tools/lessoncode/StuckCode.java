package workbook.tools.lessoncode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the lesson's own code is running in this process: threads still in it after grading ended (an endless loop in
 * a callback, or one that never returns), each named with the line it is on, and who called System.exit. Asked by
 * {@code watch} in the learner's JVM and by grade-class's harness in a submission's.
 */
public final class StuckCode {

    private StuckCode() {
    }

    public static List<String> threads(String className) {
        String lessonPackage = packageOf(className);
        List<String> stuck = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread == Thread.currentThread() || !thread.isAlive()) {
                continue;
            }
            for (StackTraceElement frame : entry.getValue()) {
                if (frame.getClassName().startsWith(lessonPackage)) {
                    stuck.add(thread.getName() + " (" + thread.getState() + ") at " + where(lessonPackage, frame));
                    break;
                }
            }
        }
        stuck.sort(null);
        return stuck;
    }

    /** The line of the lesson's code that called {@code System.exit} or {@code Runtime.exit}, if a thread is there. */
    public static Optional<String> exitCaller(String className) {
        String lessonPackage = packageOf(className);
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            boolean exiting = false;
            for (StackTraceElement frame : stack) {
                exiting |= frame.getMethodName().equals("exit")
                        && (frame.getClassName().equals("java.lang.System") || frame.getClassName().equals("java.lang.Runtime"));
                if (exiting && frame.getClassName().startsWith(lessonPackage)) {
                    return Optional.of(where(lessonPackage, frame));
                }
            }
        }
        return Optional.empty();
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.') + 1);
    }

    private static String where(String lessonPackage, StackTraceElement frame) {
        return frame.getClassName().substring(lessonPackage.length()) + "." + frame.getMethodName() + "("
                + frame.getFileName() + ":" + frame.getLineNumber() + ")";
    }
}
