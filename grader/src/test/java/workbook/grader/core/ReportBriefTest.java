package workbook.grader.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import workbook.grader.core.words.Lang;

/** A report of a twenty-client burst stays a screenful: few frames per client, long lines cut, one label. */
class ReportBriefTest {

    @Test
    void keepsTheFirstAndTheLastFrames() {
        List<String> frames = IntStream.rangeClosed(1, 20).mapToObj(i -> "text \"새로운 유저 접속 [현재: " + i + "명]\"").toList();
        List<String> shown = Report.Brief.firstAndLast(frames, Lang.KO);
        assertThat(shown).hasSize(9).startsWith(frames.get(0)).endsWith(frames.get(19)).contains("… 12개 더 …");
        assertThat(Report.Brief.firstAndLast(frames.subList(0, 8), Lang.EN)).isEqualTo(frames.subList(0, 8));
    }

    @Test
    void cutsLongLinesInTheMiddle() {
        String line = "가".repeat(5000);
        assertThat(Report.Brief.cut(line)).hasSizeLessThan(700).contains(" … ");
        assertThat(Report.Brief.cut("short")).isEqualTo("short");
    }

    @Test
    void keepsTheFirstAndLastSteps() {
        assertThat(IntStream.range(0, 24).filter(i -> Report.Brief.skipsStep(i, 24))).isEmpty();
        assertThat(IntStream.range(0, 40).filter(i -> !Report.Brief.skipsStep(i, 40)))
                .containsExactlyElementsOf(IntStream.concat(IntStream.range(0, 16), IntStream.range(34, 40)).boxed().toList());
    }

    @Test
    void saysGotOnce() {
        assertThat(Report.Brief.withoutLabel("받은 것: client-1: 1명")).isEqualTo("client-1: 1명");
        assertThat(Report.Brief.withoutLabel("heard: x")).isEqualTo("heard: x");
    }
}
