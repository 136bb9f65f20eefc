package workbook.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workbook.grader.browser.ClientBrowser;
import workbook.grader.browser.ClientCheckExtension;
import workbook.grader.core.lesson.LessonBuild;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.lesson.SourceCompiler;
import workbook.grader.core.lesson.WorkbookHome;
import workbook.grader.core.server.Target;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;
import workbook.grader.run.GradeRunner;
import workbook.grader.run.LessonResult;
import workbook.grader.run.ResultPrinter;
import workbook.tools.redis.RedisOptions;
import workbook.tools.results.JsonResults;
import workbook.tools.results.NothingListening;

/** {@code ./workbook check NN}: grades the student's lesson, the reference, or a server running at a URL. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"레슨 하나를 채점합니다. NN을 빼면 지금 할 레슨입니다. 모두 통과하면 종료 코드 0, 하나라도 실패하면 1, 명령이 잘못되면 2.",
                "Grades one lesson; without NN, the current one. Exit code 0 when every check passes, 1 when any fails, 2 for a usage error."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NN",
            description = "레슨 번호 (없으면 지금 할 레슨) / lesson number (default: the current lesson)")
    String lessonId;

    @Option(names = "--solution", description = "참고 답안을 채점합니다 / grade the reference solution")
    boolean solution;

    @Option(names = "--url", paramLabel = "ws://HOST:PORT",
            description = {"이미 실행 중인 서버를 채점합니다 (어떤 언어든) / grade a server that is already running, in any language",
                    "레슨 09: 인스턴스마다 한 번씩 / lesson 09: once per instance"})
    List<String> urls;

    @Option(names = "--redis", paramLabel = "redis://HOST:PORT",
            description = "레슨 09: 실행 중인 인스턴스들이 쓰는 Redis / lesson 09: the Redis the running instances share")
    String redis;

    /** The first --url, or null. */
    private String url;

    @Option(names = "--http", paramLabel = "http://HOST:PORT",
            description = "레슨 07: 실행 중인 서버의 HTTP 주소 / lesson 07: the running server's HTTP address")
    String http;

    @Option(names = "--period", paramLabel = "TIME",
            description = "레슨 06: 실행 중인 알림 서버의 주기, 레슨 08: 하트비트 간격 (예: 5s, 100ms) / lesson 06: the running notifier's period; lesson 08: the heartbeat interval")
    String period;

    @Option(names = "--lang", defaultValue = "ko", paramLabel = "ko|en", description = "메시지 언어 / language (ko, en)")
    String lang;

    @Option(names = "--json", description = "결과를 JSON 하나로 (Exercism 형식 3) / print one JSON object (Exercism's results format, version 3)")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "모든 실패의 설명과 서버 출력을 보여 줍니다 / explain every failure and show the server's output")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        try {
            Lang language = parseLang();
            Lesson lesson = lessonId != null ? LessonArg.find(lessonId) : new Progress(WorkbookHome.get()).current()
                    .orElseThrow(() -> new UsageError("모든 레슨을 통과했습니다: ./workbook check 01 처럼 레슨 번호를 적어 주세요"
                            + " / every lesson has passed: name one, as in ./workbook check 01"));
            url = urls == null || urls.isEmpty() ? null : urls.get(0);
            Map<String, String> extra = extraParameters();
            extra.putAll(RedisOptions.parameters(lesson, urls, redis));
            if (url == null && RedisOptions.missingRedis(lesson)) {
                System.err.println("workbook check: " + workbook.grader.lessons.redis.LocalRedis.HOW_TO_INSTALL);
                return Workbook.USAGE;
            }
            String target;
            String shown;
            if (url != null) {
                if (solution) {
                    throw new UsageError("--solution and --url cannot go together / --solution 과 --url 은 함께 쓸 수 없습니다");
                }
                target = "url:" + Target.webSocketUri(url);
                shown = url;
                Optional<Msg> nobody = NothingListening.at(Target.webSocketUri(url));
                if (nobody.isPresent()) {
                    return report(out, language, lesson, null, nobody.get());
                }
            } else {
                Path home = WorkbookHome.get();
                String root = solution ? "solutions" : "lessons";
                LessonArg.folder(home, root, lesson);
                ClientBrowser.warmUpFor(lesson, home.resolve(root).resolve(lesson.folder()));
                SourceCompiler.Result compiled = LessonBuild.compile(lesson, home.resolve(root),
                        home.resolve(".workbook").resolve("classes").resolve(root));
                if (!compiled.ok()) {
                    if (!solution) {
                        new Progress(home).recordCompileErrors(lesson);
                    }
                    if (json) {
                        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
                        CompileErrors.print(new PrintStream(errors, true, java.nio.charset.StandardCharsets.UTF_8),
                                compiled, home, language);
                        return report(out, language, lesson, null,
                                Msg.same(errors.toString(java.nio.charset.StandardCharsets.UTF_8).strip()));
                    }
                    CompileErrors.print(out, compiled, home, language);
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
            if (json) {
                return report(out, language, lesson, result, null);
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

    /** {@code --json}: one Exercism results object; otherwise the words of a lesson that could not be graded. */
    private int report(PrintStream out, Lang language, Lesson lesson, LessonResult result, Msg problem)
            throws IOException {
        if (json) {
            out.println(JsonResults.of(lesson, result, problem, language));
        } else {
            out.println(problem.in(language));
        }
        return result != null && result.allPassed() ? 0 : 1;
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
