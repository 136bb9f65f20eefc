package workbook.grader.core.words;

import java.util.Locale;

/** The language a learner reads the grader in: Korean by default, English with {@code --lang en}. */
public enum Lang {
    KO, EN;

    /** The JUnit configuration parameter (and system property) that picks the language. */
    public static final String PARAMETER = "workbook.lang";

    public static Lang parse(String value) {
        if (value == null || value.isBlank()) {
            return KO;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "ko", "kr", "korean" -> KO;
            case "en", "english" -> EN;
            default -> throw new IllegalArgumentException(
                    "unknown language '" + value + "': use ko or en / 언어는 ko 또는 en 입니다");
        };
    }
}
