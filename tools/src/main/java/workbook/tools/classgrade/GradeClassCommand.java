package workbook.tools.classgrade;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.tools.cli.LessonArg;
import workbook.tools.cli.Terminal;
import workbook.tools.cli.TimeArg;
import workbook.tools.cli.UsageError;
import workbook.tools.cli.WorkbookCommand;

/**
 * {@code ./workbook grade-class DIR}: grades every student's folder. Each submission runs in a sandboxed process of
 * its own; the checks that decide its grade run in a grading worker that never loads its code
 * ({@link ClassGrader}; the design is in the README's instructor section).
 */
@Command(name = "grade-class",
        description = {"반 전체를 채점합니다: DIR 안의 학생 폴더마다 (lessons/ 의 복사본이나 저장소 전체) 레슨마다 학생 코드를 "
                + "샌드박스(bubblewrap) 안의 프로세스에서 실행하고, 채점은 학생 코드가 닿지 않는 프로세스에서 네트워크로 합니다.",
                "Grades a class: DIR holds one folder per student (a copy of lessons/, or a whole clone); each submission "
                        + "runs in a sandboxed process of its own (bubblewrap), with time, memory and process limits, and is "
                        + "graded over loopback by a worker process its code cannot reach."})
public final class GradeClassCommand extends WorkbookCommand {


    @Parameters(index = "0", paramLabel = "DIR", description = "학생마다 폴더 하나 / one folder per student")
    Path classDir;

    @Option(names = "--out", paramLabel = "DIR", description = "결과 폴더 (기본: DIR-results) / where the results go (default: DIR-results)")
    Path out;

    @Option(names = "--lessons", split = ",", paramLabel = "NN,NN", description = "채점할 레슨 (기본: 전부) / lessons to grade (default: all)")
    List<String> lessonIds;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "동시에 채점할 수 (기본: CPU 수) / submissions graded at once (default: cores)")
    Integer jobs;

    @Option(names = "--timeout", defaultValue = "60s", paramLabel = "TIME",
            description = "제출물 하나의 시간 제한 (기본 60s) / wall-clock limit per submission (default 60s)")
    String timeout;

    @Option(names = "--memory", defaultValue = "256m", paramLabel = "SIZE",
            description = "제출물 하나의 힙 제한 (기본 256m) / heap limit per submission (default 256m)")
    String memory;

    @Option(names = "--sandbox", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "학생 코드를 bubblewrap 샌드박스에서 실행 (기본). --no-sandbox: 샌드박스 없이 (안전하지 않음) / run the "
                    + "students' code in a bubblewrap sandbox (default); --no-sandbox grades without one (unsafe: it runs with your rights)")
    boolean sandboxed;

    @Override
    protected int run(Lang lang, Path home) throws Exception {
        PrintWriter err = io.err();
        Map<String, List<CheckCatalog.Entry>> catalogs = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        ClassGrader.Settings settings = settings(lang, catalogs, skipped);
        if (!skipped.isEmpty()) {
            err.println("workbook grade-class: no checks for lessons " + skipped + " in this grader; they are left out"
                    + " / 채점 검사가 없는 레슨은 뺍니다");
        }
        if (!sandboxed) {
            err.println("workbook grade-class: " + ClassReports.NO_SANDBOX);
        }
        ProgressBar bar = new ProgressBar(err, Terminal.stderr());
        ClassGrader.ClassResult result = new ClassGrader(settings, bar).run(catalogs);
        ClassReports reports = new ClassReports(result, settings.lessons(), lang);
        reports.writeAll(settings.out());
        PrintWriter out = io.out();
        out.print(reports.markdown());
        out.println();
        out.println(io.say("결과: ", "Results: ") + settings.out());
        return 0;
    }

    /** The settings the options ask for, with each lesson's catalog of checks; a usage error for any bad option. */
    private ClassGrader.Settings settings(Lang lang, Map<String, List<CheckCatalog.Entry>> catalogs, List<String> skipped)
            throws IOException {
        if (!Files.isDirectory(classDir)) {
            throw new UsageError("no folder " + classDir + " / 폴더가 없습니다");
        }
        Path results = out != null ? out : classDir.toAbsolutePath().normalize().resolveSibling(
                classDir.toAbsolutePath().normalize().getFileName() + "-results");
        List<Lesson> lessons = new ArrayList<>();
        for (Lesson lesson : lessonIds == null ? Lessons.all() : lessonIds.stream().map(LessonArg::find).toList()) {
            Optional<List<CheckCatalog.Entry>> catalog = CheckCatalog.of(lesson);
            if (catalog.isEmpty() || catalog.get().isEmpty()) {
                skipped.add(lesson.id());
                continue;
            }
            catalogs.put(lesson.id(), catalog.get());
            lessons.add(lesson);
        }
        if (lessons.isEmpty()) {
            throw new UsageError("none of the lessons asked for has checks in this grader: " + skipped
                    + " / 채점할 수 있는 레슨이 없습니다");
        }
        int parallel = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (parallel < 1) {
            throw new UsageError("--jobs must be 1 or more / --jobs 는 1 이상입니다");
        }
        if (!memory.matches("\\d+[kKmMgG]?")) {
            throw new UsageError("--memory '" + memory + "' is not a heap size such as 256m / 256m 처럼 쓰세요");
        }
        Duration limit = TimeArg.parse("--timeout", timeout);
        Sandbox sandbox;
        try {
            sandbox = sandboxed ? Sandbox.find() : Sandbox.none();
        } catch (Sandbox.Unavailable e) {
            throw new UsageError(e.getMessage());
        }
        ClassGrader.Settings settings = new ClassGrader.Settings(classDir.toAbsolutePath().normalize(), results, lessons,
                parallel, limit, memory, lang, sandbox);
        if (ClassGrader.students(settings.classDir(), results).isEmpty()) {
            throw new UsageError(classDir + " holds no student folders / 학생 폴더가 없습니다");
        }
        return settings;
    }
}
