package workbook.grader;

import java.util.Map;
import java.util.TreeMap;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.words.Lang;
import workbook.grader.run.CheckResult;
import workbook.grader.run.GradeRunner;
import workbook.grader.run.LessonResult;

/**
 * Not a test: a measuring tool. Grades one lesson against one server class many times and prints, per run, whether
 * the lesson passed and which checks failed, then how many runs caught it. Usage: RaceCatchRate LESSON CLASS RUNS.
 */
public final class RaceCatchRate {

    private RaceCatchRate() {
    }

    public static void main(String[] args) {
        String lesson = args[0];
        String target = "class:" + args[1];
        int runs = Integer.parseInt(args[2]);
        int caught = 0;
        Map<String, Integer> failures = new TreeMap<>();
        for (int run = 1; run <= runs; run++) {
            LessonResult result = GradeRunner.run(Lessons.find(lesson).orElseThrow(), target, Lang.EN, Map.of());
            boolean failed = false;
            for (CheckResult check : result.checks()) {
                if (check.status() == CheckResult.Status.FAILED) {
                    failures.merge(check.name().en(), 1, Integer::sum);
                    if (args.length > 3 && check.name().en().startsWith(args[3])) {
                        System.out.println(check.message());
                    }
                    failed = true;
                }
            }
            caught += failed ? 1 : 0;
            System.out.println("run " + run + ": " + (failed ? "caught" : "PASSED") + " (" + result.passed() + "/" + result.total() + ")");
        }
        System.out.println(args[1] + ": caught in " + caught + " of " + runs + " runs; failed checks: " + failures);
        System.exit(0);
    }
}
