package workbook.grader.core.wire;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ServerHandshake;
import workbook.grader.core.words.Journal;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;

/**
 * One named WebSocket client of the grader ({@code client-1}, {@code client-2}, ...). It records every frame it
 * receives and every step it takes in the check's journal.
 */
public final class Probe {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);
    /** Orders the sends of every client, so a report can name the last message before the server went quiet. */
    private static final AtomicLong SENDS = new AtomicLong();

    private final String name;
    private final Journal journal;
    private final Client client;
    private final BlockingQueue<Frame> inbox = new LinkedBlockingQueue<>();
    /** Counted down once the connection opened or failed to. */
    private final CountDownLatch settled = new CountDownLatch(1);
    /** Counted down once the connection has closed, its close frame (if any) on record. */
    private final CountDownLatch ended = new CountDownLatch(1);
    private final List<Frame> received = new CopyOnWriteArrayList<>();
    private volatile Exception transportError;
    private volatile boolean closedByGrader;
    private volatile Sent lastSent;

    private final Arrivals arrivals;

    public Probe(String name, URI uri, Journal journal, Arrivals arrivals) {
        this(name, uri, journal, arrivals, null);
    }

    /** {@code socket}: the unconnected socket the client connects with, such as a {@link StartingGate}'s; null for a plain one. */
    public Probe(String name, URI uri, Journal journal, Arrivals arrivals, Socket socket) {
        this.name = name;
        this.journal = journal;
        this.arrivals = arrivals;
        this.client = new Client(uri);
        this.client.setConnectionLostTimeout(0);
        if (socket != null) {
            this.client.setSocket(socket);
        }
    }

    private volatile long lastActionAt;
    private volatile long connectingSince;
    private volatile long openedAt;
    /** Pongs received so far; also the lock {@link #roundTrip} waits on. */
    private final long[] pongs = new long[1];

    public String name() {
        return name;
    }

    /** Opens the connection; returns false when it was refused or did not complete within the timeout. */
    public boolean connect(Duration timeout) throws InterruptedException {
        startConnecting();
        return awaitConnected(timeout);
    }

    /** Starts the handshake on the client's own thread and returns at once, so many clients can connect together. */
    public void startConnecting() {
        lastActionAt = System.nanoTime();
        connectingSince = lastActionAt;
        client.connect();
    }

    /** Waits until the connection started by {@link #startConnecting()} is open; false when it failed or took too long. */
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        return settled.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && client.isOpen();
    }

    /** Waits until the connection has closed (a closing one is not open, yet its close may still be on its way). */
    public boolean awaitEnded(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How long the handshake took, once the connection has opened: also when it opened after a wait gave up. */
    public Optional<Duration> openedAfter() {
        long opened = openedAt;
        return opened == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(opened - connectingSince));
    }

    /** Why the last connection attempt or the connection itself failed, if the library said. */
    public Exception transportError() {
        return transportError;
    }

    public boolean isOpen() {
        return client.isOpen();
    }

    /** True once the grader closed this client or made it vanish: for the server, it has left. */
    public boolean hasLeft() {
        return closedByGrader;
    }

    public void send(String text) {
        journal.add(name + " 이(가) 텍스트 " + Quote.text(text) + " 을(를) 보냄",
                name + " sent text " + Quote.text(text));
        sendWithinStep(text);
    }

    /** Sends without a journal line of its own: for a step the journal already describes as a whole (tries in a loop). */
    public void sendWithinStep(String text) {
        lastActionAt = System.nanoTime();
        ensureOpen();
        lastSent = new Sent(Msg.of(name + " 이(가) 텍스트 " + Quote.text(text) + " 을(를) 보낸",
                name + " sent text " + Quote.text(text)), SENDS.incrementAndGet());
        client.send(text);
    }

    public void sendBinary(byte[] bytes) {
        lastActionAt = System.nanoTime();
        journal.add(name + " 이(가) 바이너리 프레임 (" + bytes.length + "바이트) 을(를) 보냄",
                name + " sent a binary frame (" + bytes.length + " bytes)");
        ensureOpen();
        lastSent = new Sent(Msg.of(name + " 이(가) 바이너리 프레임 (" + bytes.length + "바이트) 을(를) 보낸",
                name + " sent a binary frame (" + bytes.length + " bytes)"), SENDS.incrementAndGet());
        client.send(bytes);
    }

    /** Closes with a close frame, as a browser tab does; a server that never answers the close is cut off after 2 s. */
    public void close() {
        lastActionAt = System.nanoTime();
        journal.add(name + " 이(가) 연결을 정상적으로 닫음 (close 프레임)", name + " closed its connection (close frame)");
        closedByGrader = true;
        client.close();
        try {
            Awaitility.await().atMost(CLOSE_TIMEOUT).pollInterval(Duration.ofMillis(10)).until(client::isClosed);
        } catch (ConditionTimeoutException e) {
            forceClose();
        }
    }

    /** Drops the TCP connection without a close frame, as a crashed browser or a lost network does. */
    public void vanish() throws IOException {
        lastActionAt = System.nanoTime();
        journal.add(name + " 이(가) close 프레임 없이 사라짐 (TCP 연결을 끊음)",
                name + " vanished without a close frame (dropped the TCP connection)");
        closedByGrader = true;
        Socket socket = client.getSocket();
        if (socket != null) {
            try {
                socket.setSoLinger(true, 0);
            } catch (SocketException closedByTheServer) {
                // the server has closed this connection already: the client is gone either way
            }
            socket.close();
        }
    }

    /**
     * Sends a ping, which the server answers with a pong the check never sees. Java-WebSocket 1.6.0's server can
     * leave a frame in its send queue until something else is written to the same connection (its selector may
     * overwrite the write interest a worker has just set); the pong is that something. Harmless to any server.
     */
    public void nudge() {
        try {
            if (client.isOpen()) {
                client.sendPing();
            }
        } catch (WebsocketNotConnectedException closedMeanwhile) {
            // closed between the test and the ping: nothing is waiting to be flushed any more
        }
    }

    /**
     * Sends a ping and waits, within {@code bound}, for a pong: by then every frame the server wrote to this
     * connection before answering the ping has arrived. False when no pong came in time.
     */
    public boolean roundTrip(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        synchronized (pongs) {
            long before = pongs[0];
            nudge();
            while (pongs[0] == before) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !client.isOpen()) {
                    return false;
                }
                pongs.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** The local port of this client's connection: the server sees it as the remote port. */
    public int localPort() {
        Socket socket = client.getSocket();
        return socket == null ? -1 : socket.getLocalPort();
    }

    /** The next frame, or null when none arrives within {@code timeout}. */
    public Frame poll(Duration timeout) throws InterruptedException {
        return inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** When this client last did something the server reacts to: connected, sent, closed or vanished. */
    public long lastActionAt() {
        return lastActionAt;
    }

    /** The last message this client sent, if any: "client-1 sent text "hello"" and when, among all clients. */
    public Sent lastSent() {
        return lastSent;
    }

    /** One message a client sent: how a report names it, and its place among every client's sends. */
    public record Sent(Msg what, long order) {
    }

    /** Everything received so far, whether or not a check has looked at it yet. */
    public List<Frame> received() {
        return List.copyOf(received);
    }

    /** Frames received that no check has taken yet. */
    public List<Frame> unread() {
        return List.copyOf(inbox);
    }

    public void forceClose() {
        closedByGrader = true;
        try {
            Socket socket = client.getSocket();
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // the check is over; a socket that will not close quietly is already dead
        }
        client.close();
    }

    private void ensureOpen() {
        if (!client.isOpen()) {
            throw new ProbeClosedException(this);
        }
    }

    private void record(Frame frame) {
        received.add(frame);
        inbox.add(frame);
        arrivals.signal();
    }

    /** Thrown when a check asks a closed client to send; {@link workbook.grader.core.Check} turns it into an explanation. */
    public static final class ProbeClosedException extends RuntimeException {
        private final transient Probe probe;

        ProbeClosedException(Probe probe) {
            super(probe.name + " is closed", null, false, false);
            this.probe = probe;
        }

        public Probe probe() {
            return probe;
        }
    }

    private final class Client extends WebSocketClient {
        Client(URI uri) {
            super(uri);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
            openedAt = System.nanoTime();
            settled.countDown();
        }

        @Override
        public void onMessage(String message) {
            record(Frame.text(message));
        }

        @Override
        public void onMessage(ByteBuffer bytes) {
            record(Frame.binary(bytes.remaining()));
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            // the close is on record before a check that waits for the connection to settle looks at it
            if (code != -1 && !closedByGrader) {
                record(Frame.close(code, reason));
            }
            settled.countDown();
            ended.countDown();
        }

        @Override
        public void onError(Exception ex) {
            transportError = ex;
        }

        @Override
        public void onWebsocketPong(org.java_websocket.WebSocket conn, org.java_websocket.framing.Framedata frame) {
            synchronized (pongs) {
                pongs[0]++;
                pongs.notifyAll();
            }
        }
    }
}
