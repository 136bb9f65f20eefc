package workbook.tools.cli;

import java.time.Duration;
import java.util.Locale;

/** A time typed on the command line: "5s", "100ms", "1.5s". */
public final class TimeArg {

    private TimeArg() {
    }

    /** {@code text} as a positive Duration, or a usage error naming {@code option}. */
    public static Duration parse(String option, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return positive(option, Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim())), text);
            }
            if (t.endsWith("s")) {
                double seconds = Double.parseDouble(t.substring(0, t.length() - 1).trim());
                return positive(option, Duration.ofMillis(Math.round(seconds * 1000)), text);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError(option + " '" + text + "' is not a time such as 5s or 100ms / 5s, 100ms 처럼 쓰세요");
    }

    /** {@code time} as the reports show it: "60 s", "300 ms". */
    public static String show(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }

    private static Duration positive(String option, Duration d, String text) {
        if (d.isZero() || d.isNegative()) {
            throw new UsageError(option + " must be more than zero: '" + text + "' / " + option + " 값은 0보다 커야 합니다");
        }
        return d;
    }
}
