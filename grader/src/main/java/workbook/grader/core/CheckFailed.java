package workbook.grader.core;

/** A check's verdict against the learner's server; its message is the whole explanation, already rendered. */
public final class CheckFailed extends AssertionError {

    private final boolean ranOutOfTime;

    public CheckFailed(String message) {
        this(message, false);
    }

    private CheckFailed(String message, boolean ranOutOfTime) {
        super(message);
        this.ranOutOfTime = ranOutOfTime;
    }

    /**
     * A check that ended because time ran out rather than because it saw a wrong answer: a stuck program, or a machine
     * too busy to finish in time. Running the check again alone tells the two apart.
     */
    public static CheckFailed outOfTime(String message) {
        return new CheckFailed(message, true);
    }

    public boolean ranOutOfTime() {
        return ranOutOfTime;
    }

    /** The report is the message; a stack trace into the grader would only distract a learner. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
