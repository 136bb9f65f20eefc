package workbook.grader.korean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles chosen by the word they follow, so a sentence built from a name never reads {@code 을(를)}:
 * {@code client-1 이(가)} becomes {@code client-1이}, {@code "Hello" 을(를)} becomes {@code "Hello"를}, and a particle
 * written after code attaches to it ({@code onMessage 를} becomes {@code onMessage를}). Text inside double quotes is
 * data (a frame, a file name) and is never changed.
 *
 * <p>조사를 앞말의 끝소리에 맞춥니다: 한글은 받침으로, 로마자와 숫자는 읽는 소리로 (client-1 → 일 → 받침 있음).
 */
public final class Particles {

    /** A particle after a space: a pair written as {@code 이(가)}, or one already chosen. Longest first. */
    private static final Pattern PARTICLE = Pattern.compile(
            " (이\\(가\\)|가\\(이\\)|을\\(를\\)|를\\(을\\)|은\\(는\\)|는\\(은\\)|와\\(과\\)|과\\(와\\)|\\(으\\)로"
                    + "|에게|에서|으로|을|를|은|는|이|가|와|과|로|의|에)(?=$|[\\s.,:;!?)\\]…])");

    private Particles() {
    }

    /** {@code text} with every particle after a name chosen and attached; other text as it is. */
    public static String fix(String text) {
        if (text == null || text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = PARTICLE.matcher(text);
        int copied = 0;
        while (m.find()) {
            if (insideQuotes(text, m.start())) {
                continue;
            }
            String written = m.group(1);
            boolean generic = written.contains("(");
            char before = m.start() == 0 ? ' ' : text.charAt(m.start() - 1);
            boolean afterWord = m.start() > 0 && !Character.isWhitespace(before);
            if (!afterWord || (!generic && isHangul(before))) {
                continue; // a Korean writer's own choice after a Korean word stays as it is
            }
            out.append(text, copied, m.start()).append(choose(written, lastSound(text, m.start())));
            copied = m.end();
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** {@code word} with the subject particle it takes: "client-1이", "client-2가". */
    public static String subject(String word) {
        return word + choose("이", lastSound(word, word.length()));
    }

    /** {@code word} with the object particle it takes: "client-1을", "client-2를". */
    public static String object(String word) {
        return word + choose("을", lastSound(word, word.length()));
    }

    /** How the word before a particle ends: with a final consonant, with ㄹ, or with a vowel. */
    enum Final { VOWEL, CONSONANT, RIEUL }

    private static String choose(String written, Final sound) {
        boolean consonant = sound != Final.VOWEL;
        return switch (written.replaceAll("[()]", "")) {
            case "이가", "가이", "이", "가" -> consonant ? "이" : "가";
            case "을를", "를을", "을", "를" -> consonant ? "을" : "를";
            case "은는", "는은", "은", "는" -> consonant ? "은" : "는";
            case "와과", "과와", "와", "과" -> consonant ? "과" : "와";
            case "으로", "로" -> sound == Final.CONSONANT ? "으로" : "로";
            default -> written;
        };
    }

    /** The sound the word ending just before {@code at} ends with; trailing brackets and quotes are looked through. */
    static Final lastSound(String text, int at) {
        int i = at - 1;
        while (i >= 0 && ")]}'\" .,:;!?…".indexOf(text.charAt(i)) >= 0) {
            if (text.charAt(i) == ')' && text.lastIndexOf('(', i) >= 0) {
                i = text.lastIndexOf('(', i) - 1; // stop() reads as stop; "서버 (server)" as 서버
            } else {
                i--;
            }
        }
        if (i < 0) {
            return Final.VOWEL;
        }
        char last = text.charAt(i);
        if (isHangul(last)) {
            int jong = (last - 0xAC00) % 28;
            return jong == 0 ? Final.VOWEL : jong == 8 ? Final.RIEUL : Final.CONSONANT;
        }
        if (Character.isDigit(last)) {
            return digit(last);
        }
        if (isLatin(last)) {
            int start = i;
            while (start > 0 && isLatin(text.charAt(start - 1))) {
                start--;
            }
            return latin(text.substring(start, i + 1));
        }
        return Final.VOWEL;
    }

    /** 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔 end in a consonant; 10, 100, 1000 (십, 백, 천) too. */
    private static Final digit(char d) {
        return switch (d) {
            case '1', '7', '8' -> Final.RIEUL;
            case '0', '3', '6' -> Final.CONSONANT;
            default -> Final.VOWEL;
        };
    }

    /**
     * A reading rule for a Latin word as Korean says it: an acronym by its letters (HTML 엘, JSON 엔), otherwise by
     * its last sounds: m, n, ng and l close a syllable (conn 커넥션, file 파일), p, t, k, b after a vowel do (stop 스톱),
     * other endings open a new one (text 텍스트, Server 서버, message 메시지).
     */
    static Final latin(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        char last = w.charAt(w.length() - 1);
        boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
        if (acronym || word.length() == 1) {
            return switch (last) {
                case 'l', 'r' -> Final.RIEUL;
                case 'm', 'n' -> Final.CONSONANT;
                default -> Final.VOWEL;
            };
        }
        if (last == 'e' && w.length() > 2 && !isVowel(w.charAt(w.length() - 2))) {
            return switch (w.charAt(w.length() - 2)) { // a silent e: type 타입, name 네임, file 파일
                case 'l' -> Final.RIEUL;
                case 'm', 'n', 'p' -> Final.CONSONANT;
                default -> Final.VOWEL;
            };
        }
        char before = w.length() > 1 ? w.charAt(w.length() - 2) : ' ';
        return switch (last) {
            case 'l' -> Final.RIEUL;
            case 'm', 'n' -> Final.CONSONANT;
            case 'g' -> before == 'n' ? Final.CONSONANT : Final.VOWEL;
            case 'p', 't', 'k', 'b' -> isVowel(before) ? Final.CONSONANT : Final.VOWEL;
            default -> Final.VOWEL;
        };
    }

    private static boolean insideQuotes(String text, int at) {
        boolean inside = false;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isHangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }
}
