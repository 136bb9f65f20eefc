package workbook.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import workbook.grader.core.lesson.Lessons.Lesson;

/**
 * Threads still running the lesson's own code after grading ended, when every server of the checks has been
 * stopped: an endless loop in a callback, or a callback that never returns. Named with the line they are on.
 */
final class StuckThreads {

    private StuckThreads() {
    }

    static List<String> of(Lesson lesson) {
        String lessonPackage = lesson.className().substring(0, lesson.className().lastIndexOf('.') + 1);
        List<String> stuck = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread == Thread.currentThread() || !thread.isAlive()) {
                continue;
            }
            for (StackTraceElement frame : entry.getValue()) {
                if (frame.getClassName().startsWith(lessonPackage)) {
                    stuck.add(thread.getName() + " (" + thread.getState() + ") at " + frame.getClassName()
                            .substring(lessonPackage.length()) + "." + frame.getMethodName() + "(" + frame.getFileName()
                            + ":" + frame.getLineNumber() + ")");
                    break;
                }
            }
        }
        stuck.sort(null);
        return stuck;
    }
}
