package workbook.grader.core;

import java.util.List;
import java.util.Map;

/** Writes a failed check's explanation: what went wrong, what the grader did, expected, got, frames, errors, hint. */
final class Report {

    private final Check check;

    Report(Check check) {
        this.check = check;
    }

    CheckFailed failure(Msg problem, Msg expected, Msg got, Msg hint) {
        return new CheckFailed(render(problem, expected, got, hint));
    }

    String render(Msg problem, Msg expected, Msg got, Msg hint) {
        Lang lang = check.lang();
        boolean ko = lang == Lang.KO;
        StringBuilder out = new StringBuilder();
        out.append(problem.in(lang)).append('\n');

        out.append('\n').append(ko ? "채점기가 한 일:" : "What the grader did:").append('\n');
        List<Msg> steps = check.journal().steps();
        for (int i = 0; i < steps.size(); i++) {
            out.append(String.format("  %2d. %s%n", i + 1, steps.get(i).in(lang)));
        }

        out.append('\n').append(ko ? "기대한 것: " : "Expected: ").append(expected.in(lang)).append('\n');
        out.append(ko ? "받은 것:   " : "Got:      ").append(got.in(lang)).append('\n');

        Map<String, List<Frame>> frames = check.framesByClient();
        if (!frames.isEmpty()) {
            out.append('\n').append(ko ? "클라이언트마다 받은 모든 프레임:" : "Every frame each client received:").append('\n');
            frames.forEach((client, received) -> {
                out.append("  ").append(client).append(": ");
                if (received.isEmpty()) {
                    out.append(ko ? "(없음)" : "(nothing)");
                } else {
                    out.append(String.join(", ", collapsed(received.stream().map(f -> f.describe().in(lang)).toList())));
                }
                out.append('\n');
            });
        }

        List<Throwable> errors = check.startedServer().map(ServerUnderTest::errors).orElse(List.of());
        if (!errors.isEmpty()) {
            out.append('\n').append(ko ? "서버 코드가 던진 예외:" : "Exceptions your server's code threw:").append('\n');
            errors.stream().limit(5).forEach(e -> out.append("  ").append(e).append("  @ ")
                    .append(Explain.whereInLesson(e)).append('\n'));
            if (errors.size() > 5) {
                out.append("  … ").append(errors.size() - 5).append(ko ? "개 더" : " more").append('\n');
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
}
