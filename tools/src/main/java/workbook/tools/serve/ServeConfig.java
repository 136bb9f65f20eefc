package workbook.tools.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where {@code ./workbook serve} finds everything and how it listens.
 *
 * @param home               the workbook folder (compile errors are shown relative to it)
 * @param studentRoot        the student's lessons ({@code lessons/})
 * @param referenceRoot      the reference solutions ({@code solutions/})
 * @param webRoot            the pages ({@code web/})
 * @param classCache         where compiled lesson classes are kept between runs ({@code .workbook/classes/})
 * @param port               the port of the pages; 0 for any free port
 * @param anyPortIfTaken     when {@code port} is taken, use a free one instead of failing
 * @param notificationPeriod the period lesson 06's servers are built with
 */
public record ServeConfig(Path home, Path studentRoot, Path referenceRoot, Path webRoot, Path classCache, int port,
                          boolean anyPortIfTaken, Duration notificationPeriod) {

    /** The port {@code ./workbook serve} opens by default: beside the lessons' own 8080 and lesson 07's 8000/8001. */
    public static final int DEFAULT_PORT = 8070;

    /** Lesson 06's period on the page: the tutorial's 5 seconds feels broken when you are watching for it. */
    public static final Duration DEFAULT_NOTIFICATION_PERIOD = Duration.ofSeconds(2);

    /** The workbook's own folders. */
    public static ServeConfig of(Path home, int port, boolean anyPortIfTaken, Duration notificationPeriod) {
        return new ServeConfig(home, home.resolve("lessons"), home.resolve("solutions"), home.resolve("web"),
                home.resolve(".workbook").resolve("classes"), port, anyPortIfTaken, notificationPeriod);
    }

    /** The same, on another port. */
    public ServeConfig withPort(int wanted, boolean anyIfTaken) {
        return new ServeConfig(home, studentRoot, referenceRoot, webRoot, classCache, wanted, anyIfTaken, notificationPeriod);
    }
}
