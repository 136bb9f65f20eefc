package workbook.grader.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import workbook.grader.core.server.ServerUnderTest;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.words.Explain;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.ReportHead;

/** Writes a failed check's explanation: what went wrong, what the grader did, expected, got, frames, errors, hint. */
final class Report {

    private final Check check;

    Report(Check check) {
        this.check = check;
    }

    CheckFailed failure(Msg problem, Msg expected, Msg got, Msg hint) {
        return new CheckFailed(render(problem, check.journal().steps(), expected, got, hint));
    }

    /** A step whose bound passed before what it waited for came: see {@link CheckFailed#waitedInVain}. */
    CheckFailed waitedInVain(Msg problem, Msg expected, Msg got, Msg hint) {
        return CheckFailed.waitedInVain(render(problem, check.journal().steps(), expected, got, hint));
    }

    /** A check that ran out of time: each step shows when it began, so the slow one stands out. */
    CheckFailed outOfTime(Msg problem, Msg expected, Msg got, Msg hint) {
        return CheckFailed.outOfTime(render(problem, check.journal().timedSteps(), expected, got, hint));
    }

    private String render(Msg problem, List<Msg> steps, Msg expected, Msg got, Msg hint) {
        Lang lang = check.lang();
        boolean ko = lang == Lang.KO;
        StringBuilder out = new StringBuilder();
        ReportHead.write(out, lang, problem, steps, expected, got);

        Map<String, List<Frame>> frames = check.framesByClient();
        if (!frames.isEmpty()) {
            out.append('\n').append(ko ? "클라이언트마다 받은 모든 프레임:" : "Every frame each client received:").append('\n');
            int shown = 0;
            for (Map.Entry<String, List<Frame>> client : frames.entrySet()) {
                if (shown++ == Brief.CLIENTS_SHOWN) {
                    int left = frames.size() - Brief.CLIENTS_SHOWN;
                    out.append("  … ").append(ko ? "클라이언트 " + left + "개 더" : left + " more clients").append('\n');
                    break;
                }
                List<Frame> received = client.getValue();
                out.append("  ").append(client.getKey()).append(": ");
                if (received.isEmpty()) {
                    out.append(ko ? "(없음)" : "(nothing)");
                } else {
                    out.append(String.join(", ", Brief.firstAndLast(
                            collapsed(received.stream().map(f -> f.describe().in(lang)).toList()), lang)));
                }
                out.append('\n');
            }
        }

        List<Throwable> errors = check.startedServer().map(ServerUnderTest::errors).orElse(List.of());
        if (!errors.isEmpty()) {
            out.append('\n').append(ko ? "서버 코드가 던진 예외:" : "Exceptions your server's code threw:").append('\n');
            List<String> lines = collapsed(errors.stream().map(e -> e + "  @ " + Explain.whereInLesson(e)).toList());
            lines.stream().limit(5).forEach(line -> out.append("  ").append(line).append('\n'));
            if (lines.size() > 5) {
                out.append("  … ").append(lines.size() - 5).append(ko ? "개 더" : " more").append('\n');
            }
        }

        if (!hint.in(lang).isEmpty()) {
            out.append('\n').append(ko ? "힌트: " : "Hint: ").append(hint.in(lang)).append('\n');
        }
        return out.toString();
    }

    /** Three or more identical frames in a row read as one, "× N" (lesson 06's notifications). */
    static List<String> collapsed(List<String> frames) {
        List<String> shown = new java.util.ArrayList<>();
        for (int i = 0; i < frames.size(); ) {
            int run = 1;
            while (i + run < frames.size() && frames.get(i + run).equals(frames.get(i))) {
                run++;
            }
            if (run >= 3) {
                shown.add(frames.get(i) + " × " + run);
            } else {
                shown.addAll(frames.subList(i, i + run));
            }
            i += run;
        }
        return shown;
    }

    /**
     * Keeps a failure report readable when a check opened many clients (lesson 07's burst of twenty): a few clients,
     * the first and last frames of each. {@link ReportHead} shortens a long journal and cuts long lines.
     */
    static final class Brief {

        static final int CLIENTS_SHOWN = 6;
        private static final int FRAMES_SHOWN = 8;

        private Brief() {
        }

        /** The first frames and the last one, with how many were left out between them. */
        static List<String> firstAndLast(List<String> frames, Lang lang) {
            if (frames.size() <= FRAMES_SHOWN) {
                return frames;
            }
            List<String> shown = new ArrayList<>(frames.subList(0, FRAMES_SHOWN - 1));
            int left = frames.size() - FRAMES_SHOWN;
            shown.add(lang == Lang.KO ? "… " + left + "개 더 …" : "… " + left + " more …");
            shown.add(frames.get(frames.size() - 1));
            return shown;
        }
    }
}
