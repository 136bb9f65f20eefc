package workbook.grader.run;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Holds what the lesson's code prints while its checks run, so the report is not buried in "Client connected"
 * lines. Keeps the first 64 KiB: a server that floods its output costs nothing but its own lines.
 */
final class OutputCapture implements AutoCloseable {

    private static final int KEEP_BYTES = 64 * 1024;

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final Bounded buffer = new Bounded();

    static OutputCapture start() {
        OutputCapture capture = new OutputCapture();
        PrintStream into = new PrintStream(capture.buffer, true, StandardCharsets.UTF_8);
        System.setOut(into);
        System.setErr(into);
        return capture;
    }

    String text() {
        return buffer.text();
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private static final class Bounded extends OutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long dropped;

        @Override
        public synchronized void write(int b) {
            if (kept.size() < KEEP_BYTES) {
                kept.write(b);
            } else {
                dropped++;
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            int room = Math.max(0, Math.min(length, KEEP_BYTES - kept.size()));
            kept.write(bytes, offset, room);
            dropped += length - room;
        }

        synchronized String text() {
            String text = kept.toString(StandardCharsets.UTF_8);
            return dropped == 0 ? text : text + "\n… (" + dropped + " more bytes not kept / 나머지 " + dropped + "바이트 생략)\n";
        }
    }
}
