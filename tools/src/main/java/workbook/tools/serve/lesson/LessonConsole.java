package workbook.tools.serve.lesson;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * One console for fourteen servers: every line a lesson server prints (its {@code System.out.println}, the
 * library's error log) gets the lesson and side in front, such as {@code [01 내 서버 / your server]}. A server is
 * known by the thread group its threads are born in; lines from any other thread pass through untouched.
 *
 * <p>{@link #NONE} labels nothing: in-process tests keep their own output.
 */
public class LessonConsole implements AutoCloseable {

    /** Labels nothing and silences nothing. */
    public static final LessonConsole NONE = new LessonConsole();

    private final Map<ThreadGroup, Label> labels = new ConcurrentHashMap<>();

    private static final class Label {
        final String prefix;
        volatile BooleanSupplier quiet;

        Label(String prefix) {
            this.prefix = prefix;
        }

        /** Asks the quiet condition; once it is false, it is gone for good. */
        boolean quiet() {
            BooleanSupplier condition = quiet;
            if (condition == null) {
                return false;
            }
            if (condition.getAsBoolean()) {
                return true;
            }
            quiet = null;
            return false;
        }
    }

    /** Routes {@code System.out} and {@code System.err} through the labels until {@link #close()}. */
    public static LessonConsole install() {
        return new Installed();
    }

    /** Lines printed by threads of {@code group} (or of groups made inside it) start with {@code [prefix]}. */
    void label(ThreadGroup group, String prefix) {
        labels.put(group, new Label(prefix));
    }

    /**
     * Lines from {@code group} are dropped while {@code condition} holds, and printed again from the first moment it
     * does not (the probe that asks a stub whether it is implemented should leave no lines behind).
     */
    void quietWhile(ThreadGroup group, BooleanSupplier condition) {
        Label label = labels.get(group);
        if (label != null) {
            label.quiet = condition;
        }
    }

    Label labelOfCurrentThread() {
        for (ThreadGroup g = Thread.currentThread().getThreadGroup(); g != null; g = g.getParent()) {
            Label label = labels.get(g);
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    @Override
    public void close() {
    }

    private static final class Installed extends LessonConsole {
        private final PrintStream originalOut = System.out;
        private final PrintStream originalErr = System.err;

        Installed() {
            System.setOut(new PrintStream(new Lines(originalOut), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Lines(originalErr), true, StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        /** Holds a labelled thread's bytes until its line ends, then writes the line with its label. */
        private final class Lines extends OutputStream {
            private final PrintStream target;
            private final ThreadLocal<ByteArrayOutputStream> pending = ThreadLocal.withInitial(ByteArrayOutputStream::new);

            Lines(PrintStream target) {
                this.target = target;
            }

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                Label label = labelOfCurrentThread();
                if (label == null) {
                    target.write(bytes, offset, length);
                    return;
                }
                ByteArrayOutputStream line = pending.get();
                for (int i = offset; i < offset + length; i++) {
                    if (bytes[i] == '\n') {
                        if (!label.quiet()) {
                            target.println("[" + label.prefix + "] " + line.toString(StandardCharsets.UTF_8).stripTrailing());
                        }
                        line.reset();
                    } else {
                        line.write(bytes[i]);
                    }
                }
            }

            @Override
            public void flush() {
                target.flush();
            }
        }
    }
}
