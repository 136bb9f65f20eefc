package workbook.grader.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import workbook.grader.core.Check.Stray;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Connecting;
import workbook.grader.core.words.Explain;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Steps;

/**
 * How a check waits for frames and says what it expected: every wait has a bound, and a frame that is not the
 * expected one is explained (binary, closed early, another text, a server that went away after a message).
 */
final class Expectations {

    /** How long {@link #drainText} still listens once every client's ping has come back. */
    private static final Duration DRAIN_SETTLE = Duration.ofMillis(100);
    private static final Duration SLICE = Duration.ofMillis(20);
    /** A client that waits this long for a frame pings the server, once per such interval (see {@link Probe#nudge}). */
    private static final Duration NUDGE_EVERY = Duration.ofMillis(250);

    private final Check check;

    Expectations(Check check) {
        this.check = check;
    }

    Frame next(Probe probe, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextNudge = System.nanoTime() + NUDGE_EVERY.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Frame frame = probe.poll(Duration.ofNanos(Math.max(0, Math.min(left, SLICE.toNanos()))));
                if (frame != null) {
                    return frame;
                }
                check.failIfNotImplemented();
                long now = System.nanoTime();
                if (now >= deadline) {
                    return null;
                }
                if (now >= nextNudge) {
                    probe.nudge();
                    nextNudge = now + NUDGE_EVERY.toNanos();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + probe.name(), e);
        }
    }

    void expect(Probe probe, String expected, Msg hint) {
        expectTextWithin(probe, Check.ANSWER_TIMEOUT, Explain.receivesText(probe.name(), expected), expected::equals, null, hint);
    }

    Frame expectTextWithin(Probe probe, Duration within, Msg wanted, Predicate<String> accept, Msg silence, Msg hint) {
        check.journal().add(Steps.waitedForNextFrame(probe.name(), within));
        return takeText(probe, within, wanted, accept, silence, hint);
    }

    /** The frame-taking half of {@link #expectTextWithin}, for checks that write their own journal step. */
    private Frame takeText(Probe probe, Duration within, Msg wanted, Predicate<String> accept, Msg silence, Msg hint) {
        Frame frame = next(probe, within);
        if (frame == null) {
            throw nothingArrived(probe, within, silence != null ? silence : Explain.receivedNothing(probe.name(), within),
                    wanted, Explain.nothingArrived(), hint);
        }
        if (!frame.isText() || !accept.test(frame.text())) {
            throw wrongFrame(probe, frame, wanted, hint);
        }
        return frame;
    }

    void expectInOrder(Probe probe, List<String> expected, Msg hint) {
        Duration each = Check.ANSWER_TIMEOUT;
        check.journal().add(Steps.checkedInOrder(probe.name(), expected.size(), each));
        for (int i = 0; i < expected.size(); i++) {
            Frame frame = next(probe, each);
            Msg wanted = Explain.nthText(i + 1, expected.get(i));
            if (frame == null) {
                throw nothingArrived(probe, each, Explain.missedNth(probe.name(), i + 1), wanted,
                        Explain.nothingWithin(each), hint);
            }
            if (!frame.isText(expected.get(i))) {
                throw wrongFrame(probe, frame, wanted, hint);
            }
        }
    }

    void expectEach(List<Probe> probes, String expected, Msg hint) {
        String names = String.join(", ", probes.stream().map(Probe::name).toList());
        check.journal().add(Steps.checkedEach(names, expected, Check.ANSWER_TIMEOUT));
        for (Probe probe : probes) {
            takeText(probe, Check.ANSWER_TIMEOUT, Explain.receivesText(probe.name(), expected), expected::equals, null, hint);
        }
    }

    void expectSilence(Duration window, Msg hint, Probe... quiet) {
        List<String> names = Arrays.stream(quiet).map(Probe::name).toList();
        check.journal().add(Steps.watchedForSilence(names, window));
        long deadline = System.nanoTime() + window.toNanos();
        while (true) {
            expectNothingPending(hint, window, quiet);
            check.failIfNotImplemented();
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            check.clients().arrivals().await(Duration.ofNanos(Math.min(left, SLICE.toNanos())));
        }
    }

    Stray watch(Duration window, Predicate<Frame> allowed, Probe... clients) {
        long deadline = System.nanoTime() + window.toNanos();
        while (true) {
            for (Probe client : clients) {
                for (Frame frame = next(client, Duration.ZERO); frame != null; frame = next(client, Duration.ZERO)) {
                    if (!allowed.test(frame)) {
                        return new Stray(client, frame);
                    }
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            check.clients().arrivals().await(Duration.ofNanos(Math.min(left, SLICE.toNanos())));
        }
    }

    /** {@code window}: how long the grader watched, for the report; null where it only looks at what arrived. */
    void expectNothingPending(Msg hint, Duration window, Probe... quiet) {
        for (Probe probe : quiet) {
            List<Frame> unread = probe.unread();
            if (!unread.isEmpty()) {
                Frame stray = unread.get(0);
                Msg problem = repeatsTheOneBefore(probe, stray) ? Explain.sameTextAgain(probe.name()) : Explain.unwantedFrame(probe.name());
                throw check.report().failure(problem, Explain.nothingReaches(probe.name(), window), stray.describe(), hint);
            }
        }
    }

    void drainText(Probe... clients) {
        check.journal().add(Steps.drained(DRAIN_SETTLE, Check.SILENCE_WINDOW));
        // A pong comes back after the server has handled, and written its answers to, every frame sent before the
        // ping; what it sent to other clients meanwhile is already on its way, and the settle lets it arrive.
        long deadline = System.nanoTime() + Check.SILENCE_WINDOW.toNanos();
        try {
            for (Probe client : clients) {
                client.roundTrip(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while draining", e);
        }
        deadline = Math.min(deadline, System.nanoTime() + DRAIN_SETTLE.toNanos());
        while (System.nanoTime() < deadline) {
            check.clients().arrivals().await(Duration.ofNanos(deadline - System.nanoTime()));
        }
        for (Probe client : clients) {
            for (Frame frame = next(client, Duration.ZERO); frame != null; frame = next(client, Duration.ZERO)) {
                if (!frame.isText()) {
                    throw wrongFrame(client, frame, Explain.textFramesOnly(), Explain.binaryHint());
                }
            }
        }
    }

    /** Whether {@code frame} is a text that {@code probe} had just received, as a server that sends twice does. */
    private static boolean repeatsTheOneBefore(Probe probe, Frame frame) {
        List<Frame> received = probe.received();
        int at = received.indexOf(frame);
        return frame.isText() && at > 0 && received.get(at - 1).isText(frame.text());
    }

    private CheckFailed wrongFrame(Probe probe, Frame frame, Msg wanted, Msg hint) {
        return switch (frame.kind()) {
            case BINARY -> check.report().failure(Explain.binaryFrame(probe.name()), wanted, frame.describe(), Explain.binaryHint());
            case CLOSE -> closedEarly(probe, frame, wanted, hint);
            case TEXT -> check.report().failure(Explain.differentText(probe.name()), wanted, frame.describe(), hint);
        };
    }

    /**
     * Nothing arrived. If a client had sent something and the server no longer takes connections, the first line
     * says the server stopped answering after that message; otherwise {@code problem} as it is.
     */
    private CheckFailed nothingArrived(Probe probe, Duration waited, Msg problem, Msg wanted, Msg got, Msg hint) {
        Probe.Sent last = check.clients().lastSent();
        if (last != null) {
            Optional<Diagnosis.Gone> gone = check.diagnosis().serverGone();
            if (gone.isPresent()) {
                return check.report().failure(
                        Explain.stoppedAnswering(last.what(), Explain.receivedNothingAnd(probe.name(), waited, gone.get().what())),
                        wanted, got, goneHint(gone, hint));
            }
        }
        return check.report().waitedInVain(problem, wanted, got, hint);
    }

    /**
     * The connection closed where a frame was due. After a message, a connection that dropped without a close frame
     * (1006) or a server that no longer takes connections reads as a server that stopped answering after it.
     */
    private CheckFailed closedEarly(Probe probe, Frame close, Msg wanted, Msg hint) {
        Probe.Sent last = check.clients().lastSent();
        if (last == null) {
            return check.report().failure(Explain.earlyClose(probe.name(), close.closeCode()), wanted, close.describe(), hint);
        }
        Optional<Diagnosis.Gone> gone = check.diagnosis().serverGone();
        if (close.closeCode() == 1006 || gone.isPresent()) {
            Msg what = Explain.connectionClosedAnd(probe.name(), close.closeCode(), gone.map(Diagnosis.Gone::what));
            return check.report().failure(Explain.stoppedAnswering(last.what(), what), wanted, close.describe(),
                    goneHint(gone, hint));
        }
        return check.report().failure(Explain.earlyCloseAfter(probe.name(), close.closeCode(), last.what()),
                wanted, close.describe(), hint);
    }

    /** A stuck server is held up in a callback; one that went away crashed or was stopped. */
    private Msg goneHint(Optional<Diagnosis.Gone> gone, Msg hint) {
        return gone.isPresent() && gone.get().stuck() ? Connecting.heldUpHint(hint) : Explain.crashHint(check.server(), hint);
    }
}
