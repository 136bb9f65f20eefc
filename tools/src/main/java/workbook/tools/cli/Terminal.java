package workbook.tools.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output or standard error is a terminal (colours and a redrawn progress bar only there). */
public final class Terminal {

    private Terminal() {
    }

    public static boolean stdout() {
        return is(1);
    }

    public static boolean stderr() {
        return is(2);
    }

    private static boolean is(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException e) {
                return false;
            }
        }
        // not Linux: the JDK only says whether both standard input and output are a terminal
        return System.console() != null;
    }
}
