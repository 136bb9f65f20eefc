package workbook.grader.lessons.chatroom.crowd;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import workbook.grader.core.wire.Frame;

/**
 * A member of the chat room on a plain socket: no thread of its own, nothing read until the grader asks. The server's
 * frames wait in the socket, so a hundred of these cost the grader almost nothing while every announcement the server
 * makes must go to each of them. Its handshake can be written all but its last byte ahead of time, so that many
 * members' handshakes complete within microseconds of each other ({@link #release()}).
 */
final class RawMember implements AutoCloseable {

    private final String name;
    private final Socket socket;
    private final DataInputStream in;
    private final List<Frame> heard = new ArrayList<>();
    private boolean upgraded;
    private boolean closed;

    private RawMember(String name, Socket socket) throws IOException {
        this.name = name;
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
    }

    /** Connects and writes the opening handshake except its final byte: the server cannot open the connection yet. */
    static RawMember held(String name, URI uri, Duration bound) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) bound.toMillis());
            RawMember member = new RawMember(name, socket);
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                    + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            OutputStream out = socket.getOutputStream();
            out.write(request, 0, request.length - 1);
            out.flush();
            return member;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Connects, completes the handshake and waits for the server's answer to it. */
    static RawMember joined(String name, URI uri, Duration bound) throws IOException {
        RawMember member = held(name, uri, bound);
        try {
            member.release();
            member.awaitUpgrade(System.nanoTime() + bound.toNanos());
            return member;
        } catch (IOException e) {
            member.close();
            throw e;
        }
    }

    String name() {
        return name;
    }

    /** Writes the handshake's last byte. */
    void release() throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write('\n');
        out.flush();
    }

    /** Reads the server's answer to the handshake, which must switch protocols. */
    void awaitUpgrade(long deadline) throws IOException {
        if (upgraded) {
            return;
        }
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            socket.setSoTimeout(remainingMillis(deadline));
            int b = in.read();
            if (b < 0) {
                throw new EOFException(name + ": the server closed the connection during the handshake");
            }
            head.append((char) b);
        }
        if (!head.toString().startsWith("HTTP/1.1 101")) {
            throw new IOException(name + ": the server answered the handshake with " + head.toString().lines().findFirst().orElse(""));
        }
        upgraded = true;
    }

    /** Everything read from the server so far, in order. */
    List<Frame> heard() {
        return List.copyOf(heard);
    }

    /**
     * Reads frames until {@code enough} holds for what was heard, the server closes, or {@code deadline} (nanoTime)
     * passes. Returns whether {@code enough} came to hold.
     */
    boolean readUntil(Predicate<List<Frame>> enough, long deadline) {
        try {
            awaitUpgrade(deadline);
            while (!enough.test(heard)) {
                socket.setSoTimeout(remainingMillis(deadline));
                Frame frame = readFrame();
                heard.add(frame);
                if (frame.kind() == Frame.Kind.CLOSE) {
                    return enough.test(heard);
                }
            }
            return true;
        } catch (SocketTimeoutException late) {
            return false;
        } catch (IOException gone) {
            return enough.test(heard);
        }
    }

    /** Reads until {@code count} frames were heard in all. */
    boolean readFrames(int count, long deadline) {
        return readUntil(frames -> frames.size() >= count, deadline);
    }

    /** Drops the TCP connection without a close frame, as a crashed tab does. */
    void vanish() {
        close();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException alreadyGone) {
            // closing is all that was asked
        }
    }

    /** One server frame (unmasked); fragments of a text message are joined. */
    private Frame readFrame() throws IOException {
        ByteArrayOutputStream message = new java.io.ByteArrayOutputStream();
        int firstOpcode = -1;
        while (true) {
            int b0 = in.readUnsignedByte();
            int b1 = in.readUnsignedByte();
            int opcode = b0 & 0x0f;
            long length = b1 & 0x7f;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            if (length > 1 << 20) {
                throw new IOException(name + ": a frame of " + length + " bytes");
            }
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            if (opcode == 8) {
                int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                String reason = payload.length > 2 ? new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8) : "";
                return Frame.close(code, reason);
            }
            if (opcode == 9 || opcode == 10) {
                continue; // pings and pongs are not part of what the room says
            }
            if (firstOpcode < 0) {
                firstOpcode = opcode;
            }
            message.write(payload);
            if ((b0 & 0x80) != 0) {
                break;
            }
        }
        if (firstOpcode == 1) {
            return Frame.text(message.toString(StandardCharsets.UTF_8));
        }
        return Frame.binary(message.size());
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("time is up");
        }
        return (int) left;
    }
}
