package workbook.grader.lessons.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The raw client's frame reader cuts a server's bytes into frames, however the reads split them")
class FrameReaderTest {

    @Test
    void aFrameSplitAcrossReadsWaitsForItsEnd() throws IOException {
        byte[] frame = frame(true, 0x1, "안녕".getBytes(StandardCharsets.UTF_8));
        FrameReader reader = new FrameReader(new byte[] {frame[0]});
        assertThat(reader.next()).isNull();
        reader.add(frame, frame.length);
        FrameReader.Frame whole = new FrameReader(frame).next();
        assertThat(whole.opcode()).isEqualTo(0x1);
        assertThat(new String(whole.payload(), StandardCharsets.UTF_8)).isEqualTo("안녕");
    }

    @Test
    void sixteenAndSixtyFourBitLengthsAreRead() throws IOException {
        for (int size : new int[] {125, 126, 65535, 65536, 200_000}) {
            byte[] payload = new byte[size];
            payload[size - 1] = 7;
            FrameReader reader = new FrameReader(new byte[0]);
            byte[] frame = frame(true, 0x2, payload);
            for (int at = 0; at < frame.length; at += 4096) {
                byte[] chunk = java.util.Arrays.copyOfRange(frame, at, Math.min(frame.length, at + 4096));
                reader.add(chunk, chunk.length);
            }
            FrameReader.Frame read = reader.next();
            assertThat(read.payload()).as("a payload of %d bytes", size).hasSize(size).endsWith(7);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aFragmentedMessageIsJoinedAroundAPing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(frame(false, 0x1, "Hel".getBytes(StandardCharsets.UTF_8)));
        bytes.write(frame(true, 0x9, new byte[0]));
        bytes.write(frame(true, 0x0, "lo".getBytes(StandardCharsets.UTF_8)));
        FrameReader reader = new FrameReader(bytes.toByteArray());
        assertThat(reader.next().opcode()).isEqualTo(0x9);
        FrameReader.Frame message = reader.next();
        assertThat(message.opcode()).isEqualTo(0x1);
        assertThat(new String(message.payload(), StandardCharsets.UTF_8)).isEqualTo("Hello");
    }

    @Test
    void aContinuationWithNothingToContinueIsAnError() {
        FrameReader reader = new FrameReader(frame(true, 0x0, new byte[] {1}));
        assertThatThrownBy(reader::next).isInstanceOf(IOException.class).hasMessageContaining("continuation");
    }

    /** An unmasked frame, as a server sends it. */
    private static byte[] frame(boolean fin, int opcode, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((fin ? 0x80 : 0) | opcode);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length < 65536) {
            out.write(126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xff);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >>> shift) & 0xff);
            }
        }
        out.writeBytes(payload);
        return out.toByteArray();
    }
}
