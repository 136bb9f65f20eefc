package workbook.grader.core.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A check that ran out of time shows when each step began, so the slow step stands out. */
class JournalTest {

    private static final Pattern AT = Pattern.compile("\\(at (\\d+\\.\\d{2}) s\\)$");

    @Test
    void timedStepsSayWhenEachStepBeganInBothLanguages() {
        Journal journal = new Journal();
        journal.add("서버를 시작함", "started the server");
        journal.add("서버의 stop() 을 부름", "called the server's stop()");

        List<Msg> timed = journal.timedSteps();

        assertThat(journal.steps()).extracting(Msg::en).containsExactly("started the server", "called the server's stop()");
        assertThat(timed.get(0).en()).startsWith("started the server  (at ").matches(".*\\(at \\d+\\.\\d{2} s\\)");
        assertThat(timed.get(0).ko()).startsWith("서버를 시작함  (시작 후 ").endsWith("초)");
        assertThat(seconds(timed.get(1))).isGreaterThanOrEqualTo(seconds(timed.get(0)));
    }

    private static double seconds(Msg step) {
        Matcher at = AT.matcher(step.en());
        assertThat(at.find()).as("a time in '%s'", step.en()).isTrue();
        return Double.parseDouble(at.group(1));
    }
}
