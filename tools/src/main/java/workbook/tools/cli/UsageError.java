package workbook.tools.cli;

/** A mistake in how a command was called: printed as one line, exit code 2. */
public final class UsageError extends RuntimeException {
    public UsageError(String message) {
        super(message, null, false, false);
    }
}
