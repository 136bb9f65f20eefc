package workbook.grader.run;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import workbook.grader.core.words.Lang;

/**
 * Prints a lesson's result for a learner: the score per task, a line per check, and the full explanation of the
 * first failure (the one to fix first); {@code verbose} prints every explanation.
 */
public record ResultPrinter(PrintStream out, Lang lang, boolean verbose) {

    public void print(LessonResult result, String targetDescription) {
        boolean ko = lang == Lang.KO;
        out.println();
        out.println((ko ? "레슨 " : "Lesson ") + result.lesson().label(lang) + "  ·  " + targetDescription);
        boolean explained = false;
        java.util.Set<String> headlines = new java.util.HashSet<>();
        for (Map.Entry<Integer, List<CheckResult>> task : result.byTask().entrySet()) {
            List<CheckResult> checks = task.getValue();
            long passed = checks.stream().filter(CheckResult::passed).count();
            long ran = checks.stream().filter(c -> c.status() != CheckResult.Status.SKIPPED).count();
            out.println();
            out.printf("%s  [%d/%d]%n", checks.get(0).taskTitle().in(lang), passed, ran);
            for (CheckResult check : checks) {
                String mark = switch (check.status()) {
                    case PASSED -> "  ✓ ";
                    case FAILED -> "  ✗ ";
                    case SKIPPED -> "  - ";
                };
                boolean repeated = check.status() == CheckResult.Status.FAILED && !verbose
                        && !headlines.add(check.headline());
                if (repeated) {
                    // An untouched stub fails every check for one reason: say it once.
                    out.println(mark + check.name().in(lang) + (ko ? "  (위와 같은 이유)" : "  (same reason as above)"));
                    continue;
                }
                out.println(mark + check.name().in(lang));
                if (check.status() == CheckResult.Status.SKIPPED) {
                    out.println("      " + (ko ? "건너뜀: " : "skipped: ") + check.message().replaceFirst("^Assumption failed: ", ""));
                } else if (check.status() == CheckResult.Status.FAILED) {
                    if (!explained || verbose) {
                        out.println(indent(check.message()));
                        explained = true;
                    } else {
                        out.println("      → " + check.headline());
                    }
                }
            }
        }
        out.println();
        long percent = result.total() == 0 ? 0 : Math.round(100.0 * result.passed() / result.total());
        String optional = result.optionalTotal() == 0 ? ""
                : String.format("  ·  %s %d/%d", ko ? "그중 선택 과제:" : "of which optional:", result.optionalPassed(),
                        result.optionalTotal());
        out.printf("%s %d/%d (%d%%)%s  ·  %.1f s%n", ko ? "점수:" : "Score:", result.passed(), result.total(), percent,
                optional, result.took().toMillis() / 1000.0);
        if (result.allPassed() && result.passed() < result.total()) {
            out.println(ko ? "필수 검사를 모두 통과했습니다! 🎉 선택 과제는 원할 때 해 보세요."
                    : "Every required check passed! 🎉 The optional task is there when you want it.");
        } else if (result.allPassed()) {
            out.println(ko ? "모든 검사를 통과했습니다! 🎉" : "Every check passed! 🎉");
        } else if (!verbose && result.passed() < result.total() - 1) {
            out.println(ko ? "위에서 첫 번째 실패부터 고치세요. 모든 실패의 설명을 보려면 --verbose를 붙이세요."
                    : "Fix the first failure above first. Add --verbose to see every failure explained.");
        }
    }

    private static String indent(String text) {
        return text.lines().map(line -> "      " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
