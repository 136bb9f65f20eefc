package workbook.tools.classgrade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import workbook.grader.core.TempFolders;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.words.Lang;
import workbook.grader.core.words.Msg;
import workbook.tools.classgrade.worker.GradingWorker;

/**
 * Grades a class: one folder per student (a copy of {@code lessons/} or a whole clone). grade-class itself runs no
 * check: it hands the submissions to a few {@link WorkerProcess grading workers}, each grading one at a time, and
 * collects their grades.
 */
public final class ClassGrader {

    /** The settings of one run. */
    public record Settings(Path classDir, Path out, List<Lesson> lessons, int jobs, Duration timeLimit, String heap, Lang lang,
                           Sandbox sandbox) {
    }

    /** One student's folder and the folder that holds their lesson folders. */
    public record Student(String name, Path folder, Path lessonsRoot) {
    }

    /** Everything graded, in student order, and how long it took. */
    public record ClassResult(List<Student> students, Map<String, Map<String, LessonGrade>> grades,
                              Map<String, List<CheckCatalog.Entry>> catalogs, Duration wall, int jobs, Duration timeLimit,
                              boolean sandboxed, boolean pagesUnsandboxed) {
        int submissions() {
            return grades.values().stream().mapToInt(Map::size).sum();
        }
    }

    /** What a worker may take to compile a submission (and, the first time, to start Chromium). */
    private static final Duration COMPILING = Duration.ofSeconds(60);

    /**
     * Beyond a submission's own time limit, what a worker may take to compile it, start its process and wind down. A
     * worker silent for longer is stuck, and ended: javac's type inference takes exponential time on some sources.
     * Under a CPU quota of 0.7 cores a fixed 60 s here was less than the worker's own steps could take, and correct
     * lesson 07 submissions were reported as "did not end" instead of as over the time limit.
     */
    static final Duration WORKER_SLACK = GradingWorker.BEYOND_THE_TIME_LIMIT.plus(COMPILING);

    private final Settings settings;
    private final ProgressBar bar;
    private final AtomicBoolean pagesUnsandboxed = new AtomicBoolean();

    public ClassGrader(Settings settings, ProgressBar bar) {
        this.settings = settings;
        this.bar = bar;
    }

    /** Student folders, by name; hidden folders and the results folder are not students. */
    public static List<Student> students(Path classDir, Path out) throws IOException {
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

    public ClassResult run(Map<String, List<CheckCatalog.Entry>> catalogs) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<Student> students = students(settings.classDir(), settings.out());
        Files.createDirectories(settings.out());
        ConcurrentLinkedQueue<GradingWorker.Job> queue = new ConcurrentLinkedQueue<>();
        for (Student student : students) {
            for (Lesson lesson : settings.lessons()) {
                Path out = settings.out().resolve(student.name()).resolve(lesson.folder());
                queue.add(new GradingWorker.Job(student.name(), lesson.id(), student.folder().toAbsolutePath().toString(),
                        student.lessonsRoot().resolve(lesson.folder()).toAbsolutePath().toString(), out.toAbsolutePath().toString()));
            }
        }
        bar.start(queue.size());
        Map<String, Map<String, LessonGrade>> graded = new ConcurrentHashMap<>();
        int workers = Math.min(settings.jobs(), Math.max(1, queue.size()));
        List<Thread> threads = new ArrayList<>();
        List<Path> workFolders = new ArrayList<>();
        CountDownLatch warm = new CountDownLatch(0);
        for (int slot = 0; slot < workers; slot++) {
            Path work = Files.createTempDirectory("workbook-grading-");
            // the sandbox's user may be another: it may pass through (not list) this folder to its classes
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx--x--x"));
            workFolders.add(work);
            WorkerProcess worker = new WorkerProcess(settings.sandbox(), slot, work, settings.lang(), settings.timeLimit(),
                    settings.heap());
            CountDownLatch before = warm;
            CountDownLatch mine = new CountDownLatch(1);
            warm = mine;
            Thread thread = new Thread(() -> drain(queue, worker, before, mine, catalogs, graded), "grade-class-worker-" + slot);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (Path work : workFolders) {
            TempFolders.delete(work);
        }
        bar.finish();
        Map<String, Map<String, LessonGrade>> grades = new LinkedHashMap<>();
        for (Student student : students) {
            grades.put(student.name(), new TreeMap<>(graded.getOrDefault(student.name(), Map.of())));
        }
        return new ClassResult(students, grades, catalogs, Duration.ofNanos(System.nanoTime() - start), workers,
                settings.timeLimit(), settings.sandbox().enabled(), pagesUnsandboxed.get());
    }

    /**
     * Keeps two submissions with the worker, so it can prepare the next while it grades one. A worker starts once the
     * worker before it has graded its first submission ({@code before}), and says so itself ({@code warm}): a worker
     * whose JVM, Chromium and first sandbox all start cold is busy enough alone, and two doing it at once on 2 cores
     * cost correct lesson 07 servers points.
     */
    private void drain(ConcurrentLinkedQueue<GradingWorker.Job> queue, WorkerProcess worker, CountDownLatch before,
                       CountDownLatch warm, Map<String, List<CheckCatalog.Entry>> catalogs,
                       Map<String, Map<String, LessonGrade>> graded) {
        try (worker) {
            waitFor(before);
            GradingWorker.Job inFlight = queue.poll();
            boolean sent = false;
            while (inFlight != null) {
                GradingWorker.Job next = queue.poll();
                LessonGrade grade;
                try {
                    if (!sent) {
                        worker.send(inFlight);
                    }
                    if (next != null) {
                        worker.send(next);
                    }
                    SubmissionOutcome outcome = worker.receive(settings.timeLimit().plus(WORKER_SLACK));
                    grade = outcome.toGrade();
                    if (outcome.pagesUnsandboxed()) {
                        pagesUnsandboxed.set(true);
                    }
                    sent = next != null;
                } catch (IOException e) {
                    grade = failed(inFlight, catalogs, e);
                    sent = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                record(inFlight, grade, graded);
                warm.countDown();
                inFlight = next;
            }
        } finally {
            warm.countDown();
        }
    }

    /** Bounded by the time one submission may take, so a worker that never gets warm holds nobody up for long. */
    private void waitFor(CountDownLatch before) {
        try {
            before.await(settings.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LessonGrade failed(GradingWorker.Job job, Map<String, List<CheckCatalog.Entry>> catalogs, IOException e) {
        Lesson lesson = settings.lessons().stream().filter(l -> l.id().equals(job.lesson())).findFirst().orElseThrow();
        boolean stuck = e instanceof WorkerProcess.NoGradeInTime;
        Msg reason = stuck
                ? Msg.of("채점 워커가 이 제출물을 " + settings.timeLimit().plus(WORKER_SLACK).toSeconds()
                        + "초 안에 컴파일하고 채점하지 못해 멈췄습니다 (javac이나 검사가 끝나지 않음)",
                        e.getMessage() + ": compiling or grading this submission did not end")
                : Msg.same("grade-class itself failed on this submission: " + e.getMessage());
        LessonGrade.Kind kind = stuck ? LessonGrade.Kind.TIMED_OUT : LessonGrade.Kind.ENDED_EARLY;
        return LessonGrade.notGraded(lesson, kind, catalogs.get(lesson.id()), reason, List.of(reason), Duration.ZERO,
                settings.lang());
    }

    private void record(GradingWorker.Job job, LessonGrade grade, Map<String, Map<String, LessonGrade>> graded) {
        graded.computeIfAbsent(job.student(), s -> new ConcurrentHashMap<>()).put(job.lesson(), grade);
        bar.done(job.student() + " " + job.lesson(), grade.points() + "/" + grade.max(), grade.took());
    }
}
