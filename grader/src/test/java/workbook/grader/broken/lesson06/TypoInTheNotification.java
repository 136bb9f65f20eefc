package workbook.grader.broken.lesson06;

import java.time.Duration;

/** Sends the notification without its hyphen. */
public class TypoInTheNotification extends WorkingNotifier {
    public TypoInTheNotification(int port, Duration period) {
        super(port, period);
    }

    @Override
    String text() {
        return "This is a real time notification";
    }
}
