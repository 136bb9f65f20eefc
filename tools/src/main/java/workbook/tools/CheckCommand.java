package workbook.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workbook.grader.core.Lang;
import workbook.grader.core.LessonBuild;
import workbook.grader.core.Lessons;
import workbook.grader.core.Lessons.Lesson;
import workbook.grader.core.SourceCompiler;
import workbook.grader.browser.ClientBrowser;
import workbook.grader.browser.ClientCheckExtension;
import workbook.grader.core.Target;
import workbook.grader.core.WorkbookHome;
import workbook.grader.run.GradeRunner;
import workbook.grader.run.LessonResult;
import workbook.grader.run.ResultPrinter;

/** {@code ./workbook check NN}: grades the student's lesson, the reference, or a server running at a URL. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"레슨 하나를 채점합니다. 모두 통과하면 종료 코드 0, 하나라도 실패하면 1, 명령이 잘못되면 2.",
                "Grades one lesson. Exit code 0 when every check passes, 1 when any fails, 2 for a usage error."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NN", description = "레슨 번호 / lesson number (01-07)")
    String lessonId;

    @Option(names = "--solution", description = "참고 답안을 채점합니다 / grade the reference solution")
    boolean solution;

    @Option(names = "--url", paramLabel = "ws://HOST:PORT",
            description = "이미 실행 중인 서버를 채점합니다 (어떤 언어든) / grade a server that is already running, in any language")
    String url;

    @Option(names = "--http", paramLabel = "http://HOST:PORT",
            description = "레슨 07: 실행 중인 서버의 HTTP 주소 / lesson 07: the running server's HTTP address")
    String http;

    @Option(names = "--period", paramLabel = "TIME",
            description = "레슨 06: 실행 중인 알림 서버의 주기 (예: 5s, 100ms) / lesson 06: the running notifier's period")
    String period;

    @Option(names = "--lang", defaultValue = "ko", paramLabel = "ko|en", description = "메시지 언어 / language (ko, en)")
    String lang;

    @Option(names = {"-v", "--verbose"}, description = "모든 실패의 설명과 서버 출력을 보여 줍니다 / explain every failure and show the server's output")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        try {
            Lang language = parseLang();
            Lesson lesson = Lessons.find(lessonId).orElseThrow(() -> new UsageError("unknown lesson '" + lessonId
                    + "': choose one of " + String.join(", ", Lessons.all().stream().map(Lesson::id).toList())
                    + " / 없는 레슨입니다"));
            Map<String, String> extra = extraParameters();
            String target;
            String shown;
            if (url != null) {
                if (solution) {
                    throw new UsageError("--solution and --url cannot go together / --solution 과 --url 은 함께 쓸 수 없습니다");
                }
                target = "url:" + Target.webSocketUri(url);
                shown = url;
            } else {
                Path home = WorkbookHome.get();
                String root = solution ? "solutions" : "lessons";
                LessonArg.folder(home, root, lesson);
                ClientBrowser.warmUpFor(lesson, home.resolve(root).resolve(lesson.folder()));
                SourceCompiler.Result compiled = LessonBuild.compile(lesson, home.resolve(root),
                        home.resolve(".workbook").resolve("classes").resolve(root));
                if (!compiled.ok()) {
                    CompileErrors.print(out, compiled, home, language);
                    if (!solution) {
                        new Progress(home).recordCompileErrors(lesson);
                    }
                    return 1;
                }
                target = "classes:" + compiled.classes();
                shown = root + "/" + lesson.folder() + "/" + lesson.simpleClassName() + ".java";
                extra.put(ClientCheckExtension.CLIENT_PARAMETER, home.resolve(root).resolve(lesson.folder()).toString());
            }
            LessonResult result = GradeRunner.run(lesson, target, language, extra);
            if (url == null && !solution) {
                new Progress(WorkbookHome.get()).recordScore(lesson, result.passed(), result.total());
            }
            new ResultPrinter(out, language, verbose).print(result, shown);
            if (verbose && !result.serverOutput().isBlank()) {
                out.println();
                out.println(language == Lang.KO ? "── 서버가 출력한 내용 ──" : "── what the server printed ──");
                out.print(result.serverOutput());
            }
            return result.allPassed() ? 0 : 1;
        } catch (UsageError | IllegalArgumentException e) {
            System.err.println("workbook check: " + e.getMessage());
            return Workbook.USAGE;
        }
    }

    private Lang parseLang() {
        return Lang.parse(lang);
    }

    private Map<String, String> extraParameters() {
        Map<String, String> extra = new HashMap<>();
        if (http != null) {
            if (url == null) {
                throw new UsageError("--http goes with --url / --http 는 --url 과 함께 씁니다");
            }
            extra.put(Target.HTTP_PARAMETER, Target.httpUri(http).toString());
        }
        if (period != null) {
            extra.put("workbook.period", parsePeriod(period).toString());
        }
        return extra;
    }

    /** "5s", "100ms", "1.5s" → a Duration. */
    static Duration parsePeriod(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim())), text);
            }
            if (t.endsWith("s")) {
                double seconds = Double.parseDouble(t.substring(0, t.length() - 1).trim());
                return positive(Duration.ofMillis(Math.round(seconds * 1000)), text);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError("--period '" + text + "' is not a time such as 5s or 100ms / 5s, 100ms 처럼 쓰세요");
    }

    private static Duration positive(Duration d, String text) {
        if (d.isZero() || d.isNegative()) {
            throw new UsageError("--period must be more than zero: '" + text + "' / 주기는 0보다 커야 합니다");
        }
        return d;
    }
}
