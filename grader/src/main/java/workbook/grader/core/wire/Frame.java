package workbook.grader.core.wire;

import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;

/**
 * One thing a grader's client received: a text frame, a binary frame, or the end of the connection, and when it
 * arrived ({@link System#nanoTime()}), for the checks that time a server (lesson 06's periods).
 */
public record Frame(Kind kind, String text, int binaryLength, int closeCode, String closeReason, long receivedAt) {

    public enum Kind { TEXT, BINARY, CLOSE }

    /** A frame that arrives now. */
    public Frame(Kind kind, String text, int binaryLength, int closeCode, String closeReason) {
        this(kind, text, binaryLength, closeCode, closeReason, System.nanoTime());
    }

    public static Frame text(String text) {
        return new Frame(Kind.TEXT, text, 0, 0, null);
    }

    public static Frame binary(int length) {
        return new Frame(Kind.BINARY, null, length, 0, null);
    }

    public static Frame close(int code, String reason) {
        return new Frame(Kind.CLOSE, null, 0, code, reason);
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public boolean isText(String expected) {
        return kind == Kind.TEXT && text.equals(expected);
    }

    /** How the frame is shown in a report, in the learner's language. */
    public Msg describe() {
        return switch (kind) {
            case TEXT -> Msg.of("텍스트 " + Quote.text(text), "text " + Quote.text(text));
            case BINARY -> Msg.of("바이너리 프레임 (" + binaryLength + "바이트)", "binary frame (" + binaryLength + " bytes)");
            case CLOSE -> Msg.of("연결 끊김 (코드 " + closeCode + reasonSuffix() + ")",
                    "connection closed (code " + closeCode + reasonSuffix() + ")");
        };
    }

    private String reasonSuffix() {
        return closeReason == null || closeReason.isEmpty() ? "" : ", " + Quote.text(closeReason);
    }
}
