package workbook.grader.broken.lesson07.files;

import io.undertow.server.HttpHandler;
import io.undertow.util.SameThreadExecutor;
import java.nio.file.Path;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/** Takes every HTTP request and never answers it: the exchange is dispatched to a task that does nothing. */
public class NeverAnswers extends WorkingChatRoom {

    public NeverAnswers(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    protected HttpHandler pages(Path front) {
        return exchange -> exchange.dispatch(SameThreadExecutor.INSTANCE, () -> { });
    }
}
