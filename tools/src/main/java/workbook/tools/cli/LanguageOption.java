package workbook.tools.cli;

import picocli.CommandLine.Option;
import workbook.grader.core.Lang;

/** {@code --lang ko|en}, declared once and mixed into every command that talks to a learner or an instructor. */
public final class LanguageOption {

    @Option(names = "--lang", defaultValue = "ko", paramLabel = "ko|en", description = "메시지 언어 / language (ko, en)")
    private String lang;

    /** The language asked for; an unknown one is a usage error (an {@link IllegalArgumentException}). */
    public Lang get() {
        return Lang.parse(lang);
    }

    /** The one place where a command picks its Korean or its English words. */
    public String say(String korean, String english) {
        return get() == Lang.KO ? korean : english;
    }
}
