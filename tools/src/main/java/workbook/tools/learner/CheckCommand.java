package workbook.tools.learner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.words.Msg;
import workbook.grader.core.server.Target;
import workbook.grader.run.GradeRunner;
import workbook.grader.run.LessonResult;
import workbook.grader.run.ResultPrinter;
import workbook.tools.cli.LessonArg;
import workbook.tools.cli.TimeArg;
import workbook.tools.cli.UsageError;
import workbook.tools.cli.WorkbookCommand;
import workbook.tools.redis.RedisOptions;
import workbook.tools.results.JsonResults;
import workbook.tools.results.NothingListening;

/** {@code ./workbook check NN}: grades the student's lesson, the reference, or a server running at a URL. */
@Command(name = "check",
        description = {"레슨 하나를 채점합니다. NN을 빼면 지금 할 레슨입니다. 모두 통과하면 종료 코드 0, 하나라도 실패하면 1, 명령이 잘못되면 2.",
                "Grades one lesson; without NN, the current one. Exit code 0 when every check passes, 1 when any fails, 2 for a usage error."})
public final class CheckCommand extends WorkbookCommand {

    @Mixin LessonArg.OrCurrent nn;

    @Option(names = "--solution", description = "참고 답안을 채점합니다 / grade the reference solution")
    boolean solution;

    @Option(names = "--url", paramLabel = "ws://HOST:PORT",
            description = {"이미 실행 중인 서버를 채점합니다 (어떤 언어든) / grade a server that is already running, in any language",
                    "레슨 09: 인스턴스마다 한 번씩 / lesson 09: once per instance"})
    List<String> urls;

    @Option(names = "--redis", paramLabel = "redis://HOST:PORT",
            description = "레슨 09: 실행 중인 인스턴스들이 쓰는 Redis / lesson 09: the Redis the running instances share")
    String redis;

    @Option(names = "--http", paramLabel = "http://HOST:PORT",
            description = "레슨 07: 실행 중인 서버의 HTTP 주소 / lesson 07: the running server's HTTP address")
    String http;

    @Option(names = "--period", paramLabel = "TIME",
            description = "레슨 06: 실행 중인 알림 서버의 주기, 레슨 08: 하트비트 간격 (예: 5s, 100ms) / lesson 06: the running notifier's period; lesson 08: the heartbeat interval")
    String period;

    @Option(names = "--json", description = "결과를 JSON 하나로 (Exercism 형식 3) / print one JSON object (Exercism's results format, version 3)")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "모든 실패의 설명과 서버 출력을 보여 줍니다 / explain every failure and show the server's output")
    boolean verbose;

    @Override
    protected int run(Lang lang, Path home) throws IOException {
        PrintStream out = io.outStream();
        Progress progress = new Progress(home, io.err());
        Lesson lesson = nn.typed().or(progress::current).orElseThrow(() -> new UsageError(
                "모든 레슨을 통과했습니다: ./workbook check 01 처럼 레슨 번호를 적어 주세요"
                        + " / every lesson has passed: name one, as in ./workbook check 01"));
        String url = urls == null || urls.isEmpty() ? null : urls.get(0);
        Map<String, String> extra = extraParameters(url);
        extra.putAll(RedisOptions.parameters(lesson, urls, redis));
        if (url != null) {
            if (solution) {
                throw new UsageError("--solution and --url cannot go together / --solution 과 --url 은 함께 쓸 수 없습니다");
            }
            URI server = Target.webSocketUri(url);
            Optional<Msg> nobody = NothingListening.at(server);
            if (nobody.isPresent()) {
                return report(out, lang, lesson, null, nobody.get());
            }
            return show(out, lang, GradeRunner.run(lesson, Target.url(server), lang, extra), url);
        }
        String root = solution ? StudentCheck.SOLUTIONS : StudentCheck.LESSONS;
        StudentCheck.Outcome outcome = StudentCheck.run(home, root, lesson, lang, extra, progress);
        if (!outcome.compiles()) {
            if (json) {
                ByteArrayOutputStream errors = new ByteArrayOutputStream();
                CompileErrors.print(new PrintStream(errors, true, StandardCharsets.UTF_8), outcome.compiled(), home, lang);
                return report(out, lang, lesson, null, Msg.same(errors.toString(StandardCharsets.UTF_8).strip()));
            }
            CompileErrors.print(out, outcome.compiled(), home, lang);
            return 1;
        }
        return show(out, lang, outcome.result(), root + "/" + lesson.folder() + "/" + lesson.simpleClassName() + ".java");
    }

    /** The graded result, as JSON or as the report a learner reads. */
    private int show(PrintStream out, Lang lang, LessonResult result, String shown) throws IOException {
        if (json) {
            return report(out, lang, result.lesson(), result, null);
        }
        new ResultPrinter(out, lang, verbose).print(result, shown);
        if (verbose && !result.serverOutput().isBlank()) {
            out.println();
            out.println(io.say("── 서버가 출력한 내용 ──", "── what the server printed ──"));
            out.print(result.serverOutput());
        }
        return result.allPassed() ? 0 : 1;
    }

    /** {@code --json}: one Exercism results object; otherwise the words of a lesson that could not be graded. */
    private int report(PrintStream out, Lang lang, Lesson lesson, LessonResult result, Msg problem)
            throws IOException {
        if (json) {
            out.println(JsonResults.of(lesson, result, problem, lang));
        } else {
            out.println(problem.in(lang));
        }
        return result != null && result.allPassed() ? 0 : 1;
    }

    private Map<String, String> extraParameters(String url) {
        Map<String, String> extra = new HashMap<>();
        if (http != null) {
            if (url == null) {
                throw new UsageError("--http goes with --url / --http 는 --url 과 함께 씁니다");
            }
            extra.put(Target.HTTP_PARAMETER, Target.httpUri(http).toString());
        }
        if (period != null) {
            extra.put("workbook.period", TimeArg.parse("--period", period).toString());
        }
        return extra;
    }
}
