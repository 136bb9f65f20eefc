package workbook.tools.cli;

/** Pads text to a width in terminal columns, counting Hangul and other wide characters as two. */
public final class Columns {

    private Columns() {
    }

    public static String pad(String text, int width) {
        int used = width(text);
        return used >= width ? text : text + " ".repeat(width - used);
    }

    public static int width(String text) {
        return text.codePoints().map(Columns::columns).sum();
    }

    private static int columns(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF);
        return wide ? 2 : 1;
    }
}
