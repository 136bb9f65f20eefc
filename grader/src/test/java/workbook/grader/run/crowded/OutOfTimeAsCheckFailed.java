package workbook.grader.run.crowded;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import workbook.grader.core.CheckFailed;

/** Reports a check that ran out of its time limit as the grader's extensions do. */
public final class OutOfTimeAsCheckFailed implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (thrown instanceof TimeoutException) {
            throw CheckFailed.outOfTime("ran out of time: " + thrown.getMessage());
        }
        throw thrown;
    }
}
