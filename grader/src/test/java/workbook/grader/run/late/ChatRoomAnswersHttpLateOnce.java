package workbook.grader.run.late;

import io.undertow.server.HttpHandler;
import java.nio.file.Path;
import java.time.Duration;
import workbook.grader.broken.lesson07.WorkingChatRoom;
import workbook.grader.core.wire.RawHttp;

/**
 * A correct lesson 07 server whose first HTTP answer comes half a second after the grader stopped waiting for it: in
 * CI, graded two at a time, correct servers' first answers took that long.
 */
public class ChatRoomAnswersHttpLateOnce extends WorkingChatRoom {

    public static final Duration LATE = RawHttp.FIRST_ANSWER_TIMEOUT.plusMillis(500);

    public ChatRoomAnswersHttpLateOnce(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    protected HttpHandler pages(Path front) {
        HttpHandler pages = super.pages(front);
        return exchange -> exchange.dispatch(LateOnce.answerer(LATE), pages);
    }
}
