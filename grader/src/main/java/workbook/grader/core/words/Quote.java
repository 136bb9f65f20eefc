package workbook.grader.core.words;

/** Shows text the way a learner can read and retype it: in double quotes, with invisible characters escaped. */
public final class Quote {

    /** Longer texts are cut in the middle so a 64 KiB message does not fill the screen. */
    private static final int MAX_SHOWN = 160;

    private Quote() {
    }

    public static String text(String s) {
        if (s == null) {
            return "(null)";
        }
        String shown = s.length() <= MAX_SHOWN ? s
                : s.substring(0, MAX_SHOWN / 2) + "…" + s.substring(s.length() - MAX_SHOWN / 2);
        StringBuilder out = new StringBuilder("\"");
        shown.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(cp)) {
                        out.append(String.format("\\u%04x", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        out.append('"');
        if (s.length() > MAX_SHOWN) {
            out.append(" (").append(s.length()).append(" chars)");
        }
        return out.toString();
    }
}
