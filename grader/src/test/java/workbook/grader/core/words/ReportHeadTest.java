package workbook.grader.core.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The head of a long report stays a screenful: long lines cut, the first and last steps kept, one label. */
class ReportHeadTest {

    @Test
    void cutsLongLinesInTheMiddle() {
        String line = "가".repeat(5000);
        assertThat(ReportHead.cut(line)).hasSizeLessThan(700).contains(" … ");
        assertThat(ReportHead.cut("short")).isEqualTo("short");
    }

    @Test
    void keepsTheFirstAndLastSteps() {
        assertThat(IntStream.range(0, 24).filter(i -> ReportHead.skipsStep(i, 24))).isEmpty();
        assertThat(IntStream.range(0, 40).filter(i -> !ReportHead.skipsStep(i, 40)))
                .containsExactlyElementsOf(IntStream.concat(IntStream.range(0, 16), IntStream.range(34, 40)).boxed().toList());
    }

    @Test
    void saysGotOnce() {
        assertThat(ReportHead.withoutLabel("받은 것: client-1: 1명")).isEqualTo("client-1: 1명");
        assertThat(ReportHead.withoutLabel("heard: x")).isEqualTo("heard: x");
    }
}
