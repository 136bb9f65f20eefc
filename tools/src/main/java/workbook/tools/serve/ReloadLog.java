package workbook.tools.serve;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import workbook.grader.core.words.Msg;
import workbook.grader.korean.Particles;
import workbook.tools.serve.lesson.LessonSlot;
import workbook.tools.serve.status.ServerState;
import workbook.tools.serve.status.ServerStatus;

/** One terminal line each time serve restarts a student's server, and the compile error or failure beneath it. */
final class ReloadLog {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ReloadLog() {
    }

    static void print(PrintStream out, LessonSlot slot, Msg why) {
        ServerStatus now = slot.status();
        String id = slot.lesson().id();
        out.println(LocalTime.now().format(CLOCK) + "  " + Particles.fix("레슨 " + id + ": " + why.ko()
                + " → 내 서버를 다시 시작함: " + now.label().ko()) + " / lesson " + id + ": " + why.en()
                + " → restarted your server: " + now.label().en());
        boolean worthSaying = now.state() != ServerState.RUNNING && now.detail() != null;
        if (worthSaying) {
            out.println("          " + now.detail().ko());
            if (!now.detail().ko().equals(now.detail().en())) {
                out.println("          " + now.detail().en());
            }
        }
    }
}
