package workbook.grader.core.server;

/** What one call of {@code stop()} did: whether it returned within its bound, and what it threw, or null. */
public record StopCall(boolean returnedInTime, Throwable thrown) {
}
