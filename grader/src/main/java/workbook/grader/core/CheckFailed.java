package workbook.grader.core;

/** A check's verdict against the learner's server; its message is the whole explanation, already rendered. */
public final class CheckFailed extends AssertionError {

    /** What the failure says about time, which decides whether running the check again alone could change it. */
    private enum Timing { WRONG_ANSWER, WAITED_IN_VAIN, RAN_OUT_OF_TIME }

    private final Timing timing;

    public CheckFailed(String message) {
        this(message, Timing.WRONG_ANSWER);
    }

    private CheckFailed(String message, Timing timing) {
        super(message);
        this.timing = timing;
    }

    /**
     * A check that ended because time ran out rather than because it saw a wrong answer: a stuck program, or a machine
     * too busy to finish in time. Running the check again alone tells the two apart.
     */
    public static CheckFailed outOfTime(String message) {
        return new CheckFailed(message, Timing.RAN_OUT_OF_TIME);
    }

    /**
     * A step waited its whole bound and what it waited for (an answer, a frame, a handshake) did not come: a server
     * that never sends it, or, on a machine shared with other graders, one that was not given the CPU to send it in
     * time. Run again alone, the second sends it and the first still does not.
     */
    public static CheckFailed waitedInVain(String message) {
        return new CheckFailed(message, Timing.WAITED_IN_VAIN);
    }

    public boolean ranOutOfTime() {
        return timing == Timing.RAN_OUT_OF_TIME;
    }

    public boolean waitedInVain() {
        return timing == Timing.WAITED_IN_VAIN;
    }

    /** The report is the message; a stack trace into the grader would only distract a learner. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
