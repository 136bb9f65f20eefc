package workbook.grader.lessons.welcome;

import static workbook.grader.Grading.assertFails;
import static workbook.grader.Grading.broken;
import static workbook.grader.Grading.grade;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.broken.lesson02.NoWelcome;
import workbook.grader.broken.lesson02.PrefixWithoutSpace;
import workbook.grader.broken.lesson02.WelcomesEveryone;
import workbook.grader.broken.lesson02.WelcomesOnFirstMessage;
import workbook.grader.broken.lesson02.WelcomesTwice;
import workbook.grader.core.words.Lang;

@DisplayName("Lesson 02: each broken welcome server fails the check aimed at its fault, with the words a student sees")
class BrokenWelcomeServersTest {

    @Test
    void aSecondWelcomeIsCaught() {
        assertFails(grade("02", broken(WelcomesTwice.class)), "The welcome comes once",
                "client-1 received the text it had just received once more, where it should come once.",
                "Expected: nothing reaches client-1 within 300 ms",
                "Got:      text \"Welcome to the WebSocket server!\"",
                "Hint: Is the welcome sent from two places");
    }

    @Test
    void welcomingEveryoneOnJoinIsCaught() {
        assertFails(grade("02", broken(WelcomesEveryone.class)),
                "Only the newcomer is welcomed: clients already there receive nothing",
                "client-1 received the text it had just received once more, where it should come once.",
                "Got:      text \"Welcome to the WebSocket server!\"",
                "client-1: text \"Welcome to the WebSocket server!\", text \"Welcome to the WebSocket server!\"",
                "Do you send the welcome to onOpen's conn alone?");
    }

    @Test
    void aMissingWelcomeIsCaught() {
        assertFails(grade("02", broken(NoWelcome.class)), "The first frame a new client receives is the welcome",
                "client-1 received nothing within 2000 ms.",
                "Expected: client-1 receives text \"Welcome to the WebSocket server!\"",
                "Got:      nothing arrived",
                "The welcome goes out in onOpen");
    }

    @Test
    void aWelcomeThatWaitsForTheFirstMessageIsCaught() {
        assertFails(grade("02", broken(WelcomesOnFirstMessage.class)), "The first frame a new client receives is the welcome",
                "client-1 received nothing within 2000 ms.", "before the client sends anything");
    }

    @Test
    void aPrefixWithoutItsSpaceIsQuoted() {
        assertFails(grade("02", broken(PrefixWithoutSpace.class)), "A message comes back after \"You said: \"",
                "client-1 received a different text.",
                "Expected: client-1 receives text \"You said: Hello Server!\"",
                "Got:      text \"You said:Hello Server!\"",
                "(with the space after the colon)");
    }

    @Test
    void aPrefixWithoutItsSpaceIsExplainedInKoreanByDefault() {
        assertFails(grade("02", broken(PrefixWithoutSpace.class), Lang.KO, Map.of()),
                "A message comes back after \"You said: \"",
                "client-1이 다른 텍스트를 받았습니다.",
                "기대한 것: client-1이 텍스트 \"You said: Hello Server!\"를 받음",
                "받은 것:   텍스트 \"You said:Hello Server!\"",
                "힌트: 답장은 \"You said: \" (콜론 뒤 공백 포함)");
    }
}
