package workbook.grader.lessons.heartbeat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Cuts the bytes a server sends into WebSocket frames (RFC 6455, section 5.2), whatever the reads they came in:
 * a frame split across reads waits for its end, and a message in fragments is joined (control frames may come
 * between its fragments).
 */
final class FrameReader {

    /** One whole frame, or one whole message joined from its fragments. */
    record Frame(int opcode, byte[] payload) {
    }

    private static final int CONTINUATION = 0x0;
    private static final int MAX_PAYLOAD = 16 << 20;

    private byte[] bytes;
    private int length;
    private int fragmentedOpcode = -1;
    private final ByteArrayOutputStream fragments = new ByteArrayOutputStream();

    FrameReader(byte[] alreadyRead) {
        bytes = Arrays.copyOf(alreadyRead, Math.max(alreadyRead.length, 8192));
        length = alreadyRead.length;
    }

    void add(byte[] more, int n) {
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
        System.arraycopy(more, 0, bytes, length, n);
        length += n;
    }

    /** The next whole frame or message, or null until more bytes arrive. */
    Frame next() throws IOException {
        while (true) {
            if (length < 2) {
                return null;
            }
            boolean fin = (bytes[0] & 0x80) != 0;
            int opcode = bytes[0] & 0x0f;
            boolean masked = (bytes[1] & 0x80) != 0;
            long size = bytes[1] & 0x7f;
            int at = 2;
            if (size == 126) {
                if (length < 4) {
                    return null;
                }
                size = ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
                at = 4;
            } else if (size == 127) {
                if (length < 10) {
                    return null;
                }
                size = 0;
                for (int i = 2; i < 10; i++) {
                    size = (size << 8) | (bytes[i] & 0xff);
                }
                at = 10;
            }
            if (size > MAX_PAYLOAD) {
                throw new IOException("a frame of " + size + " bytes, more than the grader reads");
            }
            byte[] mask = null;
            if (masked) {
                if (length < at + 4) {
                    return null;
                }
                mask = Arrays.copyOfRange(bytes, at, at + 4);
                at += 4;
            }
            if (length < at + size) {
                return null;
            }
            byte[] payload = Arrays.copyOfRange(bytes, at, at + (int) size);
            if (mask != null) {
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i % 4];
                }
            }
            int used = at + (int) size;
            System.arraycopy(bytes, used, bytes, 0, length - used);
            length -= used;
            Frame whole = join(fin, opcode, payload);
            if (whole != null) {
                return whole;
            }
        }
    }

    /** A control frame or a whole message as it is; a fragment is kept until the last one. */
    private Frame join(boolean fin, int opcode, byte[] payload) throws IOException {
        if (opcode >= 0x8) {
            return new Frame(opcode, payload);
        }
        if (opcode != CONTINUATION) {
            if (fin) {
                return new Frame(opcode, payload);
            }
            fragmentedOpcode = opcode;
            fragments.reset();
            fragments.write(payload);
            return null;
        }
        if (fragmentedOpcode < 0) {
            throw new IOException("a continuation frame without a message to continue");
        }
        fragments.write(payload);
        if (!fin) {
            return null;
        }
        Frame whole = new Frame(fragmentedOpcode, fragments.toByteArray());
        fragmentedOpcode = -1;
        fragments.reset();
        return whole;
    }
}
