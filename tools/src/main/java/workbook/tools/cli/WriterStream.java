package workbook.tools.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A PrintStream over one of picocli's writers, for the printers that take a stream (the grader's
 * {@code ResultPrinter}, the compiler's messages): a command prints through {@code getOut()} either way, and a test
 * that gives the command a StringWriter sees everything.
 */
public final class WriterStream extends OutputStream {

    private final PrintWriter writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    /** The start of a character whose other bytes have not come yet. */
    private ByteBuffer pending = ByteBuffer.allocate(0);

    private WriterStream(PrintWriter writer) {
        this.writer = writer;
    }

    /** A UTF-8 PrintStream that writes into {@code writer} and flushes it where a PrintStream flushes. */
    public static PrintStream of(PrintWriter writer) {
        return new PrintStream(new WriterStream(writer), true, StandardCharsets.UTF_8);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        ByteBuffer in = ByteBuffer.allocate(pending.remaining() + length);
        in.put(pending).put(bytes, offset, length).flip();
        CharBuffer chars = CharBuffer.allocate(in.remaining());
        decoder.decode(in, chars, false);
        writer.append(chars.flip());
        pending = in.slice();
    }

    @Override
    public void flush() {
        writer.flush();
    }
}
