package workbook.grader.core.lesson;

import java.nio.file.Files;
import java.nio.file.Path;

/** The workbook's root folder: the one holding {@code lessons/}, {@code solutions/} and {@code web/}. */
public final class WorkbookHome {

    public static final String PROPERTY = "workbook.home";

    private WorkbookHome() {
    }

    /** From the {@code workbook.home} property (set by Maven and the launcher), else the nearest parent that fits. */
    public static Path get() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("lessons/lessons.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the workbook folder (one with lessons/lessons.yaml): "
                + "run from inside it or set -D" + PROPERTY + "=/path/to/workbook");
    }
}
