package workbook.tools.learner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.Lessons;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.words.Msg;
import workbook.grader.run.ResultPrinter;
import workbook.tools.cli.UsageError;
import workbook.tools.files.StudentFiles;
import workbook.tools.lessoncode.StuckCode;

/**
 * Grades the current lesson whenever one of its files is saved, and moves on to the next lesson once it passes.
 * Change events come from the file system's {@link WatchService}; where they do not arrive (some network, container
 * or WSL mounts), Enter grades at once and {@code poll} compares the files' sizes and times twice a second.
 */
final class Watcher implements AutoCloseable {

    /** Saves come in bursts (an editor writes, renames, touches): grade once the files have been quiet this long. */
    static final Duration DEBOUNCE = Duration.ofMillis(200);
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private enum Trigger { SAVED, ENTER, QUIT }

    private final Path home;
    private final Lang lang;
    private final boolean poll;
    private final InputStream in;
    private final PrintStream out;
    private final BlockingQueue<Trigger> triggers = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final WatchService watchService;
    private final Progress progress;
    private volatile Lesson current;

    Watcher(Path home, Lesson start, Lang lang, boolean poll, InputStream in, PrintStream out) throws IOException {
        this.home = home;
        this.current = start;
        this.lang = lang;
        this.poll = poll;
        this.in = in;
        this.out = out;
        this.watchService = poll ? null : FileSystems.getDefault().newWatchService();
        this.progress = new Progress(home, new PrintWriter(out, true, StandardCharsets.UTF_8));
    }

    /** Watches until every lesson has passed (0), or until closed or quit (0). */
    int run() throws IOException, InterruptedException {
        startDaemon("workbook-watch-keys", this::readKeys);
        if (poll) {
            startDaemon("workbook-watch-poll", this::pollFiles);
        } else {
            registerLessonFolders();
            startDaemon("workbook-watch-events", this::readEvents);
        }
        while (closed.getCount() > 0) {
            Lesson lesson = current;
            if (!Files.isDirectory(folder(lesson))) {
                out.println(Msg.of("레슨 " + lesson.label(lang) + " 의 폴더 lessons/" + lesson.folder() + " 가 아직 없습니다. 생기면 채점합니다.",
                        "Lesson " + lesson.label(lang) + " has no folder lessons/" + lesson.folder() + " yet; it is graded once it appears.").in(lang));
            } else if (grade(lesson)) {
                Optional<Lesson> next = nextPending(lesson);
                if (next.isEmpty()) {
                    out.println(Msg.of("🎉 모든 레슨을 통과했습니다! watch 를 마칩니다.", "🎉 Every lesson passed! watch is done.").in(lang));
                    return 0;
                }
                current = next.get();
                out.println();
                out.println(Msg.of("➡ 다음 레슨: " + current.label(lang) + " — lessons/" + current.folder() + "/README.md 를 읽어 보세요.",
                        "➡ Next lesson: " + current.label(lang) + " — read lessons/" + current.folder() + "/README.md.").in(lang));
                continue;
            }
            out.println();
            out.println(Msg.of("👀 lessons/" + current.folder() + "/ 를 지켜보는 중입니다. 저장하면 다시 채점합니다. Enter: 지금 채점 · q: 끝내기 · Ctrl-C: 끝내기"
                            + (poll ? "" : "\n   저장해도 채점되지 않으면 Enter 를 누르거나 ./workbook watch --poll 로 다시 시작하세요."),
                    "👀 Watching lessons/" + current.folder() + "/: saving grades again. Enter: grade now · q: quit · Ctrl-C: quit"
                            + (poll ? "" : "\n   If saving does not grade, press Enter or start again with ./workbook watch --poll.")).in(lang));
            Trigger trigger = triggers.take();
            if (trigger == Trigger.QUIT) {
                break;
            }
            Trigger later;
            while ((later = triggers.poll(DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                if (later == Trigger.QUIT) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /** The lesson being watched now. */
    Lesson current() {
        return current;
    }

    @Override
    public void close() {
        closed.countDown();
        triggers.add(Trigger.QUIT);
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                // closing: the event thread ends either way
            }
        }
    }

    private boolean grade(Lesson lesson) throws IOException {
        out.println();
        out.println("── " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " · "
                + Msg.of("레슨 ", "lesson ").in(lang) + lesson.label(lang) + " ──");
        StudentCheck.Outcome outcome;
        try {
            outcome = StudentCheck.run(home, lesson, lang, progress);
        } catch (UsageError e) {
            out.println("workbook watch: " + e.getMessage());
            return false;
        }
        if (!outcome.compiles()) {
            CompileErrors.print(out, outcome.compiled(), home, lang);
            return false;
        }
        new ResultPrinter(out, lang, false).print(outcome.result(),
                "lessons/" + lesson.folder() + "/" + lesson.simpleClassName() + ".java");
        List<String> stuck = StuckCode.threads(lesson.className());
        if (!stuck.isEmpty()) {
            out.println(Msg.of("⚠ 채점이 끝났는데도 레슨 코드가 아직 실행 중입니다 (무한 반복?): " + stuck
                            + "\n   컴퓨터가 느려지면 Ctrl-C 로 watch 를 끝내고 다시 시작하세요.",
                    "⚠ The lesson's code is still running after grading ended (an endless loop?): " + stuck
                            + "\n   If the computer slows down, stop watch with Ctrl-C and start it again.").in(lang));
        }
        return outcome.allPassed();
    }

    /** The next lesson after this one that has not passed, else the first that has not. */
    private Optional<Lesson> nextPending(Lesson passed) {
        Progress.Data data = progress.read();
        List<Lesson> all = Lessons.all();
        int at = all.indexOf(passed);
        List<Lesson> order = new ArrayList<>(all.subList(at + 1, all.size()));
        order.addAll(all.subList(0, at));
        return order.stream().filter(l -> !data.lessons().getOrDefault(l.id(), Progress.Entry.NONE).done()).findFirst();
    }

    private Path folder(Lesson lesson) {
        return home.resolve("lessons").resolve(lesson.folder());
    }

    private void registerLessonFolders() throws IOException {
        Path lessons = home.resolve("lessons");
        register(lessons);
        try (Stream<Path> folders = Files.list(lessons)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                register(folder);
                if (Files.isDirectory(folder.resolve("front"))) {
                    register(folder.resolve("front")); // lesson 07's page, where front/app.js lives
                }
            }
        }
    }

    private void register(Path folder) throws IOException {
        folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void readEvents() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (!(event.context() instanceof Path name)) {
                        continue; // OVERFLOW: events were lost; the next save triggers again
                    }
                    Path changed = dir.resolve(name);
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                        register(changed);
                    }
                    boolean inCurrent = changed.startsWith(folder(current));
                    if (inCurrent && (StudentFiles.isStudentFile(folder(current).relativize(changed))
                            || changed.equals(folder(current)))) {
                        triggers.add(Trigger.SAVED);
                    }
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: watch is ending
        } catch (IOException e) {
            out.println("workbook watch: file events stopped (" + e.getMessage() + "); press Enter to grade, or use --poll");
        }
    }

    private void pollFiles() {
        String last = fingerprint(current);
        try {
            while (!closed.await(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                String now = fingerprint(current);
                if (!now.equals(last)) {
                    last = now;
                    triggers.add(Trigger.SAVED);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Names, sizes and modification times of the lesson's Java files: what a save changes. */
    private String fingerprint(Lesson lesson) {
        Path folder = folder(lesson);
        if (!Files.isDirectory(folder)) {
            return lesson.id() + ":none";
        }
        StringBuilder print = new StringBuilder(lesson.id());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : Stream.concat(files.filter(p -> p.toString().endsWith(".java")).sorted(),
                    StudentFiles.CLIENT_FILES.stream().map(folder::resolve).filter(Files::isRegularFile)).toList()) {
                print.append('|').append(file.getFileName()).append(':').append(Files.size(file)).append(':')
                        .append(Files.getLastModifiedTime(file).toMillis());
            }
        } catch (IOException e) {
            print.append("|unreadable");
        }
        return print.toString();
    }

    private void readKeys() {
        try (BufferedReader keys = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = keys.readLine()) != null) {
                triggers.add(line.trim().equalsIgnoreCase("q") ? Trigger.QUIT : Trigger.ENTER);
            }
        } catch (IOException e) {
            // no keyboard (stdin closed): saving still grades
        }
    }

    private static void startDaemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}
