package workbook.tools.classgrade.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputKeeperTest {

    @TempDir
    Path folder;

    @Test
    void theLastLineIsTheLastOneWithSomethingOnIt() throws IOException {
        OutputKeeper keeper = run("Client connected\nError: Could not find or load main class x.Harness\n\n  \n", 1024);
        assertThat(keeper.lastLine()).isEqualTo("Error: Could not find or load main class x.Harness");
        assertThat(Files.readString(folder.resolve("output.log"))).startsWith("Client connected\n");
    }

    @Test
    void theLastLineOutlivesWhatTheLogCannotKeep() throws IOException {
        String flood = "안녕하세요 ".repeat(50_000);
        OutputKeeper keeper = run(flood + "\nlast words 마지막 말", 100);
        assertThat(keeper.lastLine()).isEqualTo("last words 마지막 말");
        assertThat(Files.readString(folder.resolve("output.log"))).contains("more bytes not kept");
    }

    @Test
    void aLongLastLineComesFromItsEndAndNothingPrintedIsEmpty() throws IOException {
        assertThat(run("x".repeat(5000) + "END", 100).lastLine()).startsWith("…x").endsWith("xxxEND").hasSize(120);
        assertThat(run("", 100).lastLine()).isEmpty();
        assertThat(run("\n\n", 100).lastLine()).isEmpty();
    }

    @Test
    void readInSmallPiecesTheTailIsTheSame() throws IOException {
        byte[] text = ("first\n" + "y".repeat(700) + "\nsecond 둘째\n").getBytes(StandardCharsets.UTF_8);
        InputStream trickle = new ByteArrayInputStream(text) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        OutputKeeper keeper = new OutputKeeper(trickle, folder.resolve("trickle.log"), 1024, Long.MAX_VALUE, () -> { });
        keeper.run();
        assertThat(keeper.lastLine()).isEqualTo("second 둘째");
    }

    private OutputKeeper run(String printed, long keep) {
        AtomicInteger floods = new AtomicInteger();
        OutputKeeper keeper = new OutputKeeper(new ByteArrayInputStream(printed.getBytes(StandardCharsets.UTF_8)),
                folder.resolve("output.log"), keep, Long.MAX_VALUE, floods::incrementAndGet);
        keeper.run();
        assertThat(floods).hasValue(0);
        return keeper;
    }
}
