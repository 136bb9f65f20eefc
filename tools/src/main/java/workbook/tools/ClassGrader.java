package workbook.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import workbook.grader.core.Lang;
import workbook.grader.core.Lessons.Lesson;
import workbook.grader.core.Msg;
import workbook.grader.core.SourceCompiler;

/**
 * Grades a class: one folder per student (a copy of {@code lessons/} or a whole clone), each lesson compiled here
 * and graded in a JVM of its own ({@link SubmissionGrader}), several at a time.
 */
final class ClassGrader {

    /** More than this printed by one submission is named as a flood (a normal lesson prints well under 200 KiB). */
    static final long FLOOD_BYTES = 1024 * 1024;
    /** What is kept of a child JVM's own output, in {@code <student>/<lesson>/output.log}. */
    static final long KEEP_OUTPUT_BYTES = 64 * 1024;

    private static final Pattern FIXED_PORT = Pattern.compile("Port (\\d+) is already in use");
    private static final Pattern THREADS_LEFT = Pattern.compile("threads left: \\[([^\\]]+)\\]");

    /** The settings of one run. */
    record Settings(Path classDir, Path out, List<Lesson> lessons, int jobs, Duration timeLimit, String heap, Lang lang) {
    }

    /** One student's folder and the folder that holds their lesson folders. */
    record Student(String name, Path folder, Path lessonsRoot) {
    }

    /** Everything graded, in student order, and how long it took. */
    record ClassResult(List<Student> students, Map<String, Map<String, LessonGrade>> grades,
                       Map<String, List<CheckCatalog.Entry>> catalogs, Duration wall, int jobs) {
        int submissions() {
            return grades.values().stream().mapToInt(Map::size).sum();
        }
    }

    private final Settings settings;
    private final ChildJvm jvm;
    private final ProgressBar bar;

    ClassGrader(Settings settings, ProgressBar bar) {
        this.settings = settings;
        this.jvm = new ChildJvm(settings.heap(), KEEP_OUTPUT_BYTES);
        this.bar = bar;
    }

    /** Student folders, by name; hidden folders and the results folder are not students. */
    static List<Student> students(Path classDir, Path out) throws IOException {
        List<Student> students = new ArrayList<>();
        try (Stream<Path> entries = Files.list(classDir)) {
            for (Path folder : entries.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                if (name.startsWith(".") || folder.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                    continue;
                }
                Path lessons = folder.resolve("lessons");
                students.add(new Student(name, folder, Files.isDirectory(lessons) ? lessons : folder));
            }
        }
        return students;
    }

    ClassResult run(Map<String, List<CheckCatalog.Entry>> catalogs) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<Student> students = students(settings.classDir(), settings.out());
        Files.createDirectories(settings.out());
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs(), runnable -> {
            Thread thread = new Thread(runnable, "grade-class-job");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, Map<String, Future<LessonGrade>>> pending = new LinkedHashMap<>();
        bar.start(students.size() * settings.lessons().size());
        try {
            for (Student student : students) {
                Map<String, Future<LessonGrade>> lessons = new LinkedHashMap<>();
                for (Lesson lesson : settings.lessons()) {
                    lessons.put(lesson.id(), pool.submit(() -> {
                        LessonGrade grade = grade(student, lesson, catalogs.get(lesson.id()));
                        bar.done(student.name() + " " + lesson.id(), grade.points() + "/" + grade.max(), grade.took());
                        return grade;
                    }));
                }
                pending.put(student.name(), lessons);
            }
            Map<String, Map<String, LessonGrade>> grades = new LinkedHashMap<>();
            for (Map.Entry<String, Map<String, Future<LessonGrade>>> student : pending.entrySet()) {
                Map<String, LessonGrade> lessons = new TreeMap<>();
                for (Map.Entry<String, Future<LessonGrade>> lesson : student.getValue().entrySet()) {
                    try {
                        lessons.put(lesson.getKey(), lesson.getValue().get());
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("grading " + student.getKey() + " lesson " + lesson.getKey()
                                + " failed in grade-class itself", e.getCause());
                    }
                }
                grades.put(student.getKey(), lessons);
            }
            bar.finish();
            return new ClassResult(students, grades, catalogs, Duration.ofNanos(System.nanoTime() - start), settings.jobs());
        } finally {
            pool.shutdownNow();
        }
    }

    private LessonGrade grade(Student student, Lesson lesson, List<CheckCatalog.Entry> catalog)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Lang lang = settings.lang();
        Path source = student.lessonsRoot().resolve(lesson.folder());
        if (!Files.isDirectory(source)) {
            Msg reason = Msg.of("레슨 폴더 " + lesson.folder() + " 가 없습니다", "no lesson folder " + lesson.folder());
            return LessonGrade.notGraded(lesson, LessonGrade.Kind.MISSING, catalog, reason, List.of(reason), since(start), lang);
        }
        Path work = settings.out().resolve(student.name()).resolve(lesson.folder());
        Path classes = work.resolve("classes");
        deleteTree(classes);
        SourceCompiler.Result compiled = SourceCompiler.compileFolder(source, classes);
        if (!compiled.ok()) {
            String first = compiled.errors().get(0).render(student.folder().toAbsolutePath().normalize());
            Msg reason = Msg.of("컴파일 오류: " + first, "does not compile: " + first);
            return LessonGrade.notGraded(lesson, LessonGrade.Kind.COMPILE_ERROR, catalog, reason, List.of(reason),
                    since(start), lang);
        }
        Path report = work.resolve("report.json");
        Files.deleteIfExists(report);
        List<String> command = jvm.command(SubmissionGrader.class.getName(), List.of("--lesson", lesson.id(),
                "--target", "classes:" + classes.toAbsolutePath(), "--lang", lang.name().toLowerCase(java.util.Locale.ROOT),
                "--report", report.toAbsolutePath().toString(), "--client", source.toAbsolutePath().toString()));
        ChildJvm.Outcome outcome = jvm.run(command, work, work.resolve("output.log"), settings.timeLimit());
        return interpret(lesson, catalog, SubmissionReport.readFrom(report).orElse(null), outcome, work.resolve("output.log"));
    }

    private LessonGrade interpret(Lesson lesson, List<CheckCatalog.Entry> catalog, SubmissionReport report,
                                  ChildJvm.Outcome outcome, Path log) throws IOException {
        Lang lang = settings.lang();
        List<Msg> problems = new ArrayList<>();
        long printed = outcome.outputBytes() + (report == null ? 0 : report.printedBytes());
        if (printed > FLOOD_BYTES) {
            String size = String.format(java.util.Locale.ROOT, "%.1f MB", printed / 1_000_000.0);
            problems.add(Msg.of("출력 폭주: " + size + " 를 출력함", "output flood: printed " + size));
        }
        if (report != null && !report.stuckThreads().isEmpty()) {
            problems.add(Msg.of("채점이 끝난 뒤에도 실행 중 (무한 반복?): " + report.stuckThreads().get(0),
                    "still running after grading (endless loop?): " + report.stuckThreads().get(0)));
        }
        if (report != null && report.finished()) {
            List<LessonGrade.Line> lines = report.checks().stream().map(c -> new LessonGrade.Line(c.task(),
                    c.taskTitle().msg(), c.name().msg(), status(c.status()), c.message())).toList();
            problems.addAll(0, namedFaults(lines));
            return new LessonGrade(lesson, LessonGrade.Kind.GRADED, lines, problems, outcome.took());
        }
        Msg reason;
        LessonGrade.Kind kind;
        if (outcome.timedOut()) {
            kind = LessonGrade.Kind.TIMED_OUT;
            Duration limit = settings.timeLimit();
            String shown = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
            reason = Msg.of(shown + " 제한을 넘겨 중단함 (무한 반복이나 끝없는 대기?)",
                    "killed after the " + shown + " time limit (an endless loop or wait?)");
        } else if (report != null && report.aborted() != null && report.aborted().startsWith("grader:")) {
            kind = LessonGrade.Kind.ENDED_EARLY;
            reason = Msg.same("the grader itself failed: " + report.aborted());
        } else if (report != null && report.aborted() != null && report.aborted().startsWith("exit")) {
            kind = LessonGrade.Kind.ENDED_EARLY;
            String where = report.aborted().substring("exit".length());
            reason = where.isEmpty()
                    ? Msg.of("채점 중에 JVM 이 끝나도록 요청됨 (System.exit(" + outcome.exitCode() + ")?)",
                            "the grading JVM was told to exit while grading (System.exit(" + outcome.exitCode() + ")?)")
                    : Msg.of("채점 중에 레슨 코드가 JVM 을 끝냄: System.exit(" + outcome.exitCode() + ")" + where,
                            "the lesson's code ended the grading JVM: System.exit(" + outcome.exitCode() + ")" + where);
        } else if (outcome.exitCode() == 3 || logMentions(log, "OutOfMemoryError")) {
            kind = LessonGrade.Kind.ENDED_EARLY;
            reason = Msg.of("메모리 부족 (" + settings.heap() + " 힙)", "out of memory (" + settings.heap() + " heap)");
        } else {
            kind = LessonGrade.Kind.ENDED_EARLY;
            reason = Msg.of("채점 JVM 이 결과 없이 끝남 (종료 코드 " + outcome.exitCode() + ": Runtime.halt? 충돌?)",
                    "the grading JVM ended without a result (exit code " + outcome.exitCode() + ": Runtime.halt? a crash?)");
        }
        problems.add(0, reason);
        return LessonGrade.notGraded(lesson, kind, catalog, reason, problems, outcome.took(), lang);
    }

    /** Faults worth a name, read from the checks' explanations (which are the same in both languages here). */
    private static List<Msg> namedFaults(List<LessonGrade.Line> lines) {
        List<Msg> faults = new ArrayList<>();
        String all = lines.stream().filter(l -> l.message() != null).map(LessonGrade.Line::message)
                .reduce("", (a, b) -> a + "\n" + b);
        Matcher port = FIXED_PORT.matcher(all);
        if (port.find()) {
            faults.add(Msg.of("고정 포트 " + port.group(1) + " 를 씀 (받은 포트를 쓰지 않음)",
                    "binds the fixed port " + port.group(1) + " instead of the port it is given"));
        }
        if (all.contains("Not implemented yet") || all.contains("아직 구현하지 않았습니다")) {
            faults.add(Msg.of("아직 구현하지 않음 (스텁의 예외)", "not implemented yet (the stub's exception)"));
        }
        Matcher threads = THREADS_LEFT.matcher(all);
        if (threads.find()) {
            faults.add(Msg.of("stop() 뒤에 남은 스레드: " + threads.group(1), "threads left after stop(): " + threads.group(1)));
        }
        return faults;
    }

    private static LessonGrade.Status status(String status) {
        return switch (status) {
            case "PASSED" -> LessonGrade.Status.PASSED;
            case "SKIPPED" -> LessonGrade.Status.SKIPPED;
            default -> LessonGrade.Status.FAILED;
        };
    }

    private static boolean logMentions(Path log, String word) throws IOException {
        return Files.isRegularFile(log) && new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(word);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
