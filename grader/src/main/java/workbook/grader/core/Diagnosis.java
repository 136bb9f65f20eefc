package workbook.grader.core;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.awaitility.core.ConditionTimeoutException;
import workbook.grader.core.wire.Arrivals;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Explain;
import workbook.grader.core.words.Journal;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Steps;

/**
 * Reads what happened on the server's side: the exceptions its code threw (the stub's among them), whether it is
 * still there after it went quiet, and anything a check did not expect.
 */
final class Diagnosis {

    /** How long the grader's extra connection waits when it asks "is the server still there?" after a failure. */
    static final Duration STILL_THERE_TIMEOUT = Duration.ofSeconds(1);
    /** How long a stub's exception waits for frames the same callback sent just before it threw. */
    private static final Duration STUB_FRAMES_SETTLE = Duration.ofMillis(50);

    private final Check check;
    private int errorsExplained;

    Diagnosis(Check check) {
        this.check = check;
    }

    void expectNoServerErrors(Msg hint) {
        if (check.gradesRunningServer()) {
            check.journal().add(Steps.serverErrorsNotVisible());
            return;
        }
        check.journal().add(Steps.lookedForServerErrors());
        failIfNotImplemented();
        List<Throwable> errors = check.server().errors();
        if (!errors.isEmpty()) {
            Throwable first = errors.get(0);
            throw check.report().failure(Explain.serverThrew(first.getClass().getSimpleName(), Explain.whereInLesson(first)),
                    Explain.noException(), Msg.same(String.valueOf(first)), hint);
        }
    }

    void failIfNotImplemented() {
        Optional<List<Throwable>> started = check.servers().started().map(server -> server.errors());
        if (started.isEmpty()) {
            return;
        }
        List<Throwable> errors = started.get();
        for (int i = errorsExplained; i < errors.size(); i++) {
            if (errors.get(i) instanceof UnsupportedOperationException stub) {
                errorsExplained = errors.size();
                throw notImplemented(stub);
            }
        }
    }

    CheckFailed notImplemented(UnsupportedOperationException stub) {
        Clients clients = check.clients();
        // Frames sent just before the throw may still be on their way: a short, bounded wait for them.
        clients.arrivals().await(STUB_FRAMES_SETTLE);
        boolean codeRanFirst = clients.receivedSince(clients.lastActionAt());
        return check.report().failure(Explain.notImplemented(stub, check.lesson(), codeRanFirst),
                Explain.stubExpected(codeRanFirst), Explain.stubGot(codeRanFirst), Explain.stubHint(codeRanFirst));
    }

    /** A server that no longer takes connections: what happened to the extra one, and whether the server seems stuck. */
    record Gone(Msg what, boolean stuck) {
    }

    /**
     * Opens one more connection (not a named client) to tell a server that went away from one that only stayed
     * silent: empty when it connects, otherwise what happened to it. A connection neither refused nor dropped, only
     * never answered, means the server still runs but is stuck.
     */
    Optional<Gone> serverGone() {
        Probe extra = new Probe("still-there", check.server().webSocketUri(), new Journal(), new Arrivals());
        long start = System.nanoTime();
        boolean connected;
        try {
            connected = extra.connect(STILL_THERE_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            extra.forceClose();
        }
        boolean early = System.nanoTime() - start < STILL_THERE_TIMEOUT.toNanos() * 9 / 10;
        Explain.NewConnection outcome = extra.transportError() instanceof ConnectException ? Explain.NewConnection.REFUSED
                : early ? Explain.NewConnection.DROPPED : Explain.NewConnection.NO_HANDSHAKE;
        check.journal().add(Steps.askedStillThere(STILL_THERE_TIMEOUT, Explain.stillThereOutcome(connected, outcome)));
        return connected ? Optional.empty()
                : Optional.of(new Gone(Explain.newConnections(outcome, STILL_THERE_TIMEOUT), outcome == Explain.NewConnection.NO_HANDSHAKE));
    }

    /** {@code timeLimit}: how long the check may run, which its report names if it ran out. */
    CheckFailed explainUnexpected(Throwable thrown, Duration timeLimit) {
        Report report = check.report();
        if (thrown instanceof CheckFailed failed) {
            return failed;
        }
        if (thrown instanceof Probe.ProbeClosedException closed) {
            Frame last = closed.probe().received().stream().filter(f -> f.kind() == Frame.Kind.CLOSE).reduce((a, b) -> b).orElse(null);
            return report.failure(Explain.sentOnClosed(closed.probe().name()), Explain.connectionOpen(),
                    last == null ? Explain.closedConnection() : last.describe(), Explain.sentOnClosedHint());
        }
        // JUnit's @Timeout ends a check with a TimeoutException, Awaitility's waits and socket reads with their own.
        if (thrown instanceof TimeoutException || thrown instanceof ConditionTimeoutException
                || thrown instanceof SocketTimeoutException) {
            return report.outOfTime(Explain.timedOut(), Explain.finishesWithin(timeLimit),
                    Msg.same(String.valueOf(thrown.getMessage())), Explain.timeoutHint());
        }
        return report.failure(Explain.unexpectedError(), Explain.runsToItsEnd(), Msg.same(String.valueOf(thrown)),
                Explain.unexpectedHint());
    }
}
