package workbook.tools;

/** A mistake in how a command was called: printed as one line, exit code 2. */
final class UsageError extends RuntimeException {
    UsageError(String message) {
        super(message, null, false, false);
    }
}
