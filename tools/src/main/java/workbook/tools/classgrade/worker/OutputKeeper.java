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
 */
final class OutputKeeper implements Runnable {

    private final InputStream in;
    private final Path file;
    private final long keep;
    private final long hardLimit;
    private final Runnable onFlood;
    private volatile long total;
    private volatile boolean flooded;

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
