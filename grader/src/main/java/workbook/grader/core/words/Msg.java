package workbook.grader.core.words;

import workbook.grader.korean.Particles;

/**
 * One sentence in both languages. Checks build their words with these, and the report picks the reader's language.
 * The Korean side gets its particles chosen by the word before them ({@link Particles}): a sentence may be written
 * {@code name + " 이(가) ..."} and reads {@code client-1이 ...}. Text given with {@link #same} is kept as it is.
 */
public record Msg(String ko, String en) {

    public static Msg of(String ko, String en) {
        return new Msg(Particles.fix(ko), en);
    }

    /** The same text in both languages: quoted frames, numbers, names. */
    public static Msg same(String text) {
        return new Msg(text, text);
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en : ko;
    }

    public Msg plus(Msg more) {
        return new Msg(Particles.fix(ko + more.ko), en + more.en);
    }

    /** A display name written "한국어 / English" read in one language. */
    public static Msg ofDisplayName(String displayName) {
        int slash = displayName.indexOf(" / ");
        return slash < 0 ? same(displayName)
                : new Msg(Particles.fix(displayName.substring(0, slash)), displayName.substring(slash + 3));
    }
}
