package workbook.grader.lessons.heartbeat;

/**
 * Korean particles chosen by how the word before them is read: {@code sleeper-1} ends in 일 and takes이, {@code
 * sleeper-2} ends in이 and takes가. Digits are read in Sino-Korean, Hangul by its last syllable; anything else is
 * taken to end in a consonant.
 */
public final class Josa {

    /** Which digits are read with a final consonant: 영 일 삼 육 칠 팔 (0 1 3 6 7 8), not이 사 오 구 (2 4 5 9). */
    private static final String DIGITS_WITH_FINAL = "013678";

    private Josa() {
    }

    /** "sleeper-1이", "sleeper-2가". */
    public static String subject(String word) {
        return word + (endsInConsonant(word) ? "이" : "가");
    }

    /** "sleeper-1을", "sleeper-2를". */
    public static String object(String word) {
        return word + (endsInConsonant(word) ? "을" : "를");
    }

    private static boolean endsInConsonant(String word) {
        if (word.isEmpty()) {
            return true;
        }
        char last = word.charAt(word.length() - 1);
        if (Character.isDigit(last)) {
            return DIGITS_WITH_FINAL.indexOf(last) >= 0;
        }
        if (last >= 0xAC00 && last <= 0xD7A3) {
            return (last - 0xAC00) % 28 != 0;
        }
        return true;
    }
}
