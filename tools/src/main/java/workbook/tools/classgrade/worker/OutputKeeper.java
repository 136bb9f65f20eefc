package workbook.tools.classgrade.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies what a submission's process prints into its {@code output.log} up to a size, then only counts; past a
 * hard limit it calls {@code onFlood} (which ends the process), so a flood fills neither the disk nor the worker's time.
 * The last bytes printed are kept apart, so a process that ends unannounced can be quoted by its last line.
 */
final class OutputKeeper implements Runnable {

    private static final int TAIL_BYTES = 512;
    private static final int LAST_LINE_CHARS = 119;

    private final InputStream in;
    private final Path file;
    private final long keep;
    private final long hardLimit;
    private final Runnable onFlood;
    private volatile long total;
    private volatile boolean flooded;
    private final byte[] tail = new byte[TAIL_BYTES];
    private int tailLength;

    OutputKeeper(InputStream in, Path file, long keep, long hardLimit, Runnable onFlood) {
        this.in = in;
        this.file = file;
        this.keep = keep;
        this.hardLimit = hardLimit;
        this.onFlood = onFlood;
    }

    long total() {
        return total;
    }

    boolean flooded() {
        return flooded;
    }

    /**
     * The last line with something on it among the last bytes printed (its end, after "…", when it is long), or empty
     * when there is none.
     */
    synchronized String lastLine() {
        String text = new String(tail, 0, tailLength, StandardCharsets.UTF_8);
        String[] lines = text.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            // the first line may start inside a character or a line; it is still the best there is
            String line = lines[i].strip().replace("\uFFFD", "");
            if (!line.isEmpty()) {
                return line.length() <= LAST_LINE_CHARS ? line : "…" + line.substring(line.length() - LAST_LINE_CHARS);
            }
        }
        return "";
    }

    private synchronized void remember(byte[] buffer, int n) {
        if (n >= TAIL_BYTES) {
            System.arraycopy(buffer, n - TAIL_BYTES, tail, 0, TAIL_BYTES);
            tailLength = TAIL_BYTES;
            return;
        }
        int kept = Math.min(tailLength, TAIL_BYTES - n);
        System.arraycopy(tail, tailLength - kept, tail, 0, kept);
        System.arraycopy(buffer, 0, tail, kept, n);
        tailLength = kept + n;
    }

    @Override
    public void run() {
        try (in; OutputStream out = Files.newOutputStream(file)) {
            long written = copy(out);
            if (total > written) {
                out.write(("\n… (" + (total - written) + " more bytes not kept / 나머지 생략)\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the log itself cannot be written: nothing more to do
        }
    }

    /** Copies until the process's output ends or is closed (the process was ended); returns the bytes kept. */
    private long copy(OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        boolean full = false;
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                remember(buffer, n);
                int room = full ? 0 : (int) Math.max(0, Math.min(n, keep - written));
                if (room < n) {
                    // cut before a character, never inside one, so the log stays readable UTF-8
                    while (room > 0 && (buffer[room] & 0xC0) == 0x80) {
                        room--;
                    }
                }
                if (room > 0) {
                    out.write(buffer, 0, room);
                    written += room;
                }
                full |= room < n;
                if (total > hardLimit && !flooded) {
                    flooded = true;
                    onFlood.run();
                }
            }
        } catch (IOException closed) {
            // ProcessImpl closes the stream when the process is destroyed
        }
        return written;
    }
}
