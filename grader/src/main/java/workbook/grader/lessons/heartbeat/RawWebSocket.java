package workbook.grader.lessons.heartbeat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A WebSocket client written on a plain socket, so that the grader decides, frame by frame, whether a ping is
 * answered: a library client answers every ping by itself, and stopping it would end its TCP connection too. This one
 * keeps the connection up and reading while {@link #freeze() frozen}, like a laptop that went to sleep: its pings go
 * unanswered, nothing else changes. It does the opening handshake itself ({@link OpeningHandshake}), reads frames with a
 * {@link FrameReader}, masks what it sends, and records every frame it receives with the time it arrived.
 *
 * <p>While it answers, it also sends a ping of its own now and then: Java-WebSocket 1.6.0's server can leave a frame
 * in its send queue until something else is written to the same connection, and the pong to that ping is such a
 * write (see {@code Probe.nudge} in the core). A frozen client sends nothing at all.
 */
public final class RawWebSocket implements AutoCloseable {

        private static final int TEXT = 0x1;
    private static final int BINARY = 0x2;
    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;
    private static final int PONG = 0xA;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What arrived, and when ({@link System#nanoTime()}); {@code answered} is true for a ping that got its pong. */
    public record Event(Kind kind, String text, int closeCode, long at, boolean answered) {
        public enum Kind { TEXT, BINARY, PING, PONG, CLOSE_FRAME, ENDED }

        public boolean isText(String expected) {
            return kind == Kind.TEXT && text.equals(expected);
        }

        /** The connection is over: a close frame came, or the TCP connection ended. */
        public boolean endsIt() {
            return kind == Kind.CLOSE_FRAME || kind == Kind.ENDED;
        }
    }

    private final String name;
    private final Socket socket;
    private final OutputStream out;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Object arrivals = new Object();
    private final Duration nudgeEvery;
    private final long openedAt = System.nanoTime();
    private volatile boolean frozen;
    private volatile byte[] unansweredPing;

    private RawWebSocket(String name, Socket socket, Duration nudgeEvery) throws IOException {
        this.name = name;
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.nudgeEvery = nudgeEvery;
    }

    /**
     * Connects, does the opening handshake and starts reading; fails with an {@link IOException} that says what went
     * wrong when the server refuses, does not answer within {@code timeout}, or answers something else than 101.
     */
    public static RawWebSocket open(String name, URI uri, Duration timeout, Duration nudgeEvery) throws IOException {
        return open(name, uri, timeout, nudgeEvery, false);
    }

    /** A client frozen from its first byte on: it never answers a ping, not even the first (serve's "frozen client"). */
    public static RawWebSocket openFrozen(String name, URI uri, Duration timeout) throws IOException {
        return open(name, uri, timeout, Duration.ofSeconds(1), true);
    }

    private static RawWebSocket open(String name, URI uri, Duration timeout, Duration nudgeEvery, boolean frozen)
            throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) timeout.toMillis());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            byte[] rest = OpeningHandshake.perform(socket, uri);
            RawWebSocket client = new RawWebSocket(name, socket, nudgeEvery);
            client.frozen = frozen;
            Thread reader = new Thread(() -> client.read(rest), "grader-raw-" + name);
            reader.setDaemon(true);
            reader.start();
            return client;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    public String name() {
        return name;
    }

    /** When the handshake was done ({@link System#nanoTime()}): the zero of the times a report shows. */
    public long openedAt() {
        return openedAt;
    }

    /** Stops answering pings, and sends nothing more; the connection stays up and keeps reading. */
    public void freeze() {
        frozen = true;
    }

    /** Answers again: the ping that waited gets its pong now, and every later one at once. */
    public synchronized void wake() throws IOException {
        frozen = false;
        byte[] waiting = unansweredPing;
        unansweredPing = null;
        if (waiting != null) {
            send(PONG, waiting);
        }
    }

    public boolean isFrozen() {
        return frozen;
    }

    public void sendText(String text) throws IOException {
        send(TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Everything received so far, oldest first. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The connection has ended (a close frame or the end of the TCP connection arrived). */
    public boolean ended() {
        return events.stream().anyMatch(Event::endsIt);
    }

    /**
     * Waits until an event that {@code wanted} accepts has arrived after index {@code from} of {@link #events()}, and
     * returns it; null when {@code deadline} ({@link System#nanoTime()}) passes first.
     */
    public Event await(int from, Predicate<Event> wanted, long deadline) throws InterruptedException {
        synchronized (arrivals) {
            while (true) {
                List<Event> seen = events;
                for (int i = from; i < seen.size(); i++) {
                    if (wanted.test(seen.get(i))) {
                        return seen.get(i);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                arrivals.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Drops the connection without a close frame. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // nothing is left to release
        }
    }

    private void read(byte[] alreadyRead) {
        FrameReader frames = new FrameReader(alreadyRead);
        byte[] buffer = new byte[8192];
        try {
            InputStream in = socket.getInputStream();
            socket.setSoTimeout((int) Math.max(1, nudgeEvery.toMillis()));
            while (true) {
                for (FrameReader.Frame frame = frames.next(); frame != null; frame = frames.next()) {
                    if (!take(frame)) {
                        return;
                    }
                }
                int n;
                try {
                    n = in.read(buffer);
                } catch (SocketTimeoutException quiet) {
                    nudge();
                    continue;
                }
                if (n < 0) {
                    record(new Event(Event.Kind.ENDED, "end of stream", 0, System.nanoTime(), false));
                    return;
                }
                frames.add(buffer, n);
            }
        } catch (IOException | RuntimeException e) {
            record(new Event(Event.Kind.ENDED, String.valueOf(e.getMessage()), 0, System.nanoTime(), false));
        }
    }

    /** Handles one frame; false once the connection is over. */
    private boolean take(FrameReader.Frame frame) throws IOException {
        long at = System.nanoTime();
        switch (frame.opcode()) {
            case TEXT -> record(new Event(Event.Kind.TEXT, new String(frame.payload(), StandardCharsets.UTF_8), 0, at, false));
            case BINARY -> record(new Event(Event.Kind.BINARY, null, 0, at, false));
            case PONG -> record(new Event(Event.Kind.PONG, null, 0, at, false));
            case PING -> record(new Event(Event.Kind.PING, null, 0, at, answerPing(frame.payload())));
            case CLOSE -> {
                byte[] p = frame.payload();
                int code = p.length >= 2 ? ((p[0] & 0xff) << 8) | (p[1] & 0xff) : 1005;
                record(new Event(Event.Kind.CLOSE_FRAME, p.length > 2 ? new String(p, 2, p.length - 2, StandardCharsets.UTF_8) : "",
                        code, at, false));
                return false;
            }
            default -> throw new IOException("a frame with the unknown opcode " + frame.opcode());
        }
        return true;
    }

    private synchronized boolean answerPing(byte[] payload) throws IOException {
        if (frozen) {
            unansweredPing = payload;
            return false;
        }
        send(PONG, payload);
        return true;
    }

    private void nudge() throws IOException {
        if (!frozen && !socket.isClosed()) {
            send(PING, new byte[0]);
        }
    }

    private void record(Event event) {
        events.add(event);
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
    }

    /** One masked, final frame (a client must mask every frame it sends). */
    private void send(int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 14);
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else if (payload.length < 65536) {
            frame.write(0x80 | 126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xff);
        } else {
            frame.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                frame.write((int) ((long) payload.length >>> shift) & 0xff);
            }
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        synchronized (out) {
            out.write(frame.toByteArray());
            out.flush();
        }
    }
}
