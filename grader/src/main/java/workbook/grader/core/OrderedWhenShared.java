package workbook.grader.core;

import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * {@code @Order} for checks whose order matters only against a shared running server (a crash must come last).
 * JUnit's own orderer also forces its class onto one thread; this one leaves that to the run: checks against a
 * running server go one by one in this order anyway, and in-process checks, each with a server of its own, side by side.
 */
public final class OrderedWhenShared extends MethodOrderer.OrderAnnotation {

    @Override
    public Optional<ExecutionMode> getDefaultExecutionMode() {
        return Optional.empty();
    }
}
