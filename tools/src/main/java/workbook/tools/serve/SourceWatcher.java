package workbook.tools.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import workbook.grader.core.lesson.Lessons.Lesson;

/**
 * Notices a saved lesson file while serve runs, so the page and the index never show yesterday's code: every half
 * second it compares the sizes and times of each lesson folder's {@code .java} files, and once a change has held
 * still for one more look it hands the lesson on. Looking works on every file system (no change events needed).
 */
final class SourceWatcher implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMillis(500);

    private final Path root;
    private final List<Lesson> lessons;
    private final Consumer<Lesson> saved;
    private final Map<String, String> seen = new HashMap<>();
    private final Map<String, String> pending = new HashMap<>();
    private final Thread thread;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean running = true;

    SourceWatcher(Path root, List<Lesson> lessons, Consumer<Lesson> saved) {
        this.root = root;
        this.lessons = lessons;
        this.saved = saved;
        lessons.forEach(l -> seen.put(l.id(), fingerprint(l)));
        this.thread = new Thread(this::watch, "serve-notices-saves");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            try {
                if (closed.await(INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
            for (Lesson lesson : lessons) {
                String now = fingerprint(lesson);
                if (now.equals(seen.get(lesson.id()))) {
                    pending.remove(lesson.id());
                } else if (now.equals(pending.get(lesson.id()))) {
                    seen.put(lesson.id(), now);
                    pending.remove(lesson.id());
                    if (running) {
                        saved.accept(lesson);
                    }
                } else {
                    pending.put(lesson.id(), now); // still being written: look once more
                }
            }
        }
    }

    private String fingerprint(Lesson lesson) {
        Path folder = root.resolve(lesson.folder());
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder print = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> {
                try {
                    print.append(f.getFileName()).append(':').append(Files.size(f)).append(':')
                            .append(Files.getLastModifiedTime(f).toMillis()).append(';');
                } catch (IOException gone) {
                    print.append(f.getFileName()).append(":gone;");
                }
            });
        } catch (IOException e) {
            return "unreadable";
        }
        return print.toString();
    }

    @Override
    public void close() {
        running = false;
        closed.countDown();
    }
}
