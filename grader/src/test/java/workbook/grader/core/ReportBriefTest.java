package workbook.grader.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import workbook.grader.core.words.Lang;

/** A report of a twenty-client burst stays a screenful: few frames per client (the head: {@code ReportHeadTest}). */
class ReportBriefTest {

    @Test
    void keepsTheFirstAndTheLastFrames() {
        List<String> frames = IntStream.rangeClosed(1, 20).mapToObj(i -> "text \"새로운 유저 접속 [현재: " + i + "명]\"").toList();
        List<String> shown = Report.Brief.firstAndLast(frames, Lang.KO);
        assertThat(shown).hasSize(9).startsWith(frames.get(0)).endsWith(frames.get(19)).contains("… 12개 더 …");
        assertThat(Report.Brief.firstAndLast(frames.subList(0, 8), Lang.EN)).isEqualTo(frames.subList(0, 8));
    }
}
