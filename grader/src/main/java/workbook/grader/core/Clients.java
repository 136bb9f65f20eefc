package workbook.grader.core;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import workbook.grader.core.server.ServerUnderTest;
import workbook.grader.core.wire.Arrivals;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.wire.StartingGate;
import workbook.grader.core.words.Connecting;
import workbook.grader.core.words.Explain;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Steps;

/** The named clients a check opens ({@code client-1}, {@code client-2}, ...), and what they sent and received. */
final class Clients {

    /** After a connection missed {@link Check#CONNECT_TIMEOUT}: how long to look on, to tell a late answer from none. */
    private static final Duration LATE_LOOK = Duration.ofMillis(500);
    /** How long clients opened together wait at the starting gate for the slowest of them. */
    private static final Duration GATE_BOUND = Duration.ofSeconds(1);
    /** How long {@link #connectTo} waits for an in-process server to list a new connection. */
    private static final Duration REGISTER_TIMEOUT = Duration.ofSeconds(1);

    private final Check check;
    // Written by the check's thread, read by JUnit's thread when it closes a check that timed out.
    private final List<Probe> probes = new CopyOnWriteArrayList<>();
    private final Arrivals arrivals = new Arrivals();

    Clients(Check check) {
        this.check = check;
    }

    List<Probe> probes() {
        return List.copyOf(probes);
    }

    /** Wakes whoever watches these clients as soon as any of them receives a frame. */
    Arrivals arrivals() {
        return arrivals;
    }

    Probe connectTo(ServerUnderTest target) {
        String name = "client-" + (probes.size() + 1);
        Probe probe = new Probe(name, target.webSocketUri(), check.journal(), arrivals);
        probes.add(probe);
        check.journal().add(Steps.connected(name, target.webSocketUri()));
        boolean connected;
        try {
            connected = probe.connect(Check.CONNECT_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting", e);
        }
        if (!connected) {
            throw notConnected(probe, target);
        }
        // Java-WebSocket answers the handshake before it adds the connection to getConnections(): a message sent at
        // once could miss the newcomer. A browser is never that fast; the grader waits, bounded, for the server.
        target.inProcess().ifPresent(server -> server.awaitListed(probe.localPort(), probe::isOpen, REGISTER_TIMEOUT));
        check.diagnosis().failIfNotImplemented();
        return probe;
    }

    List<Probe> connectAtOnce(int count, ServerUnderTest target) {
        List<Probe> opened = new ArrayList<>();
        StartingGate gate = new StartingGate(count, GATE_BOUND);
        for (int i = 0; i < count; i++) {
            Probe probe = new Probe("client-" + (probes.size() + 1), target.webSocketUri(), check.journal(), arrivals, gate.socket());
            probes.add(probe);
            opened.add(probe);
        }
        String names = opened.get(0).name() + " … " + opened.get(count - 1).name();
        check.journal().add(Steps.connectedAtOnce(names, count, target.webSocketUri()));
        opened.forEach(Probe::startConnecting);
        long deadline = System.nanoTime() + Check.CONNECT_TIMEOUT.toNanos();
        try {
            for (Probe probe : opened) {
                if (!probe.awaitConnected(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                    throw notConnected(probe, target);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting", e);
        }
        check.diagnosis().failIfNotImplemented();
        return opened;
    }

    /**
     * A client did not connect. After a message was sent, that reads as a server that stopped answering after it;
     * otherwise as a refused or unanswered connection, one answered late, or one the server closed as it opened.
     */
    private CheckFailed notConnected(Probe probe, ServerUnderTest target) {
        String name = probe.name();
        Optional<Duration> opened = openingSeen(probe);
        if (opened.isPresent() && opened.get().compareTo(Check.CONNECT_TIMEOUT) > 0) {
            return check.report().waitedInVain(Connecting.connectedLate(name, target, opened.get(), Check.CONNECT_TIMEOUT),
                    Connecting.isConnected(name), Connecting.connectedAfter(opened.get()), Connecting.connectedLateHint());
        }
        if (opened.isPresent()) {
            awaitEnded(probe);
            Optional<Frame> close = probe.received().stream().filter(f -> f.kind() == Frame.Kind.CLOSE).findFirst();
            return check.report().failure(close.map(f -> Explain.earlyClose(name, f.closeCode())).orElse(Connecting.droppedAtOnce(name)),
                    Connecting.isConnected(name), close.map(Frame::describe).orElse(Connecting.dropped()),
                    Connecting.closedAtOnceHint());
        }
        Msg problem = Connecting.connectFailure(name, target, probe.transportError(), Check.CONNECT_TIMEOUT);
        Msg hint = Connecting.connectHint(target, probe.transportError());
        Probe.Sent last = lastSent();
        if (last != null) {
            problem = Explain.stoppedAnswering(last.what(), problem);
            hint = Explain.crashHint(target);
        }
        boolean refused = probe.transportError() instanceof ConnectException;
        Msg got = Connecting.notConnected(refused);
        // no error at all: the port took the connection and the handshake's answer never came within the bound
        return probe.transportError() == null ? check.report().waitedInVain(problem, Connecting.isConnected(name), got, hint)
                : check.report().failure(problem, Connecting.isConnected(name), got, hint);
    }

    /**
     * How long the handshake took, if it was answered: in time (and the server closed the connection at once), or
     * after the grader stopped waiting, or during a short look on.
     */
    private static Optional<Duration> openingSeen(Probe probe) {
        if (probe.transportError() == null) {
            try {
                probe.awaitConnected(LATE_LOOK);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return probe.openedAfter();
    }

    /** A connection that opened in time and is no longer open is closing: its close frame comes with the end. */
    private static void awaitEnded(Probe probe) {
        try {
            probe.awaitEnded(LATE_LOOK);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last message any client of this check sent, or null. */
    Probe.Sent lastSent() {
        return probes.stream().map(Probe::lastSent).filter(Objects::nonNull)
                .max(Comparator.comparingLong(Probe.Sent::order)).orElse(null);
    }

    /** When a client last acted (connected or sent), as {@link System#nanoTime}; 0 before any did. */
    long lastActionAt() {
        return probes.stream().mapToLong(Probe::lastActionAt).max().orElse(0);
    }

    /** Whether any client received a frame other than a close after {@code since}. */
    boolean receivedSince(long since) {
        return probes.stream().anyMatch(p -> p.received().stream()
                .anyMatch(f -> f.kind() != Frame.Kind.CLOSE && f.receivedAt() > since));
    }

    Map<String, List<Frame>> framesByClient() {
        Map<String, List<Frame>> frames = new LinkedHashMap<>();
        for (Probe probe : probes) {
            frames.put(probe.name(), probe.received());
        }
        return frames;
    }

    void close() {
        for (Probe probe : probes) {
            probe.forceClose();
        }
    }
}
