package workbook.grader.lessons.room;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
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
import workbook.grader.core.Check;
import workbook.grader.core.words.Msg;

/**
 * Clients on plain sockets that join a room and stay, reading nothing (the last one reads until it hears that all
 * are in). They cost the grader no thread each, yet every announcement the server makes must go to each of them, so
 * it takes long to send: an unlocked head count then races far more often than in a small room.
 */
public final class Bystanders implements AutoCloseable {

    private final List<Socket> sockets = new ArrayList<>();

    private Bystanders() {
    }

    /**
     * Connects {@code count} bystanders one after the other, then reads the last one's frames until it hears
     * {@code allIn} (the announcement that counts all of them); {@code heard[0]} says whether it did within {@code bound}
     * of the last handshake.
     */
    public static Bystanders gather(Check check, int count, String allIn, Duration bound, boolean[] heard) throws IOException {
        URI uri = check.server().webSocketUri();
        Bystanders bystanders = new Bystanders();
        try {
            for (int i = 0; i < count; i++) {
                bystanders.sockets.add(handshake(uri, bound));
            }
            // counted from the last handshake: on a busy machine the handshakes alone can take a second
            heard[0] = hears(bystanders.sockets.get(count - 1), allIn, System.nanoTime() + bound.toNanos());
        } catch (IOException e) {
            bystanders.close();
            throw e;
        }
        check.journal().add(Msg.of("소켓으로 직접 연결한 클라이언트 " + count + "개가 방에 머묾 (아무것도 읽지 않음). 마지막 클라이언트가 "
                        + allIn + " 을 들음: " + (heard[0] ? "예" : "아니요"),
                count + " clients on plain sockets joined the room and stayed, reading nothing; the last of them heard "
                        + allIn + ": " + (heard[0] ? "yes" : "no")));
        return bystanders;
    }

    @Override
    public void close() {
        for (Socket socket : sockets) {
            try {
                socket.setSoLinger(true, 0);
                socket.close();
            } catch (IOException alreadyGone) {
                // closing is all that was asked
            }
        }
    }

    private static Socket handshake(URI uri, Duration bound) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) bound.toMillis());
        socket.setSoTimeout((int) bound.toMillis());
        String key = Base64.getEncoder().encodeToString(("bystander-" + System.nanoTime()).substring(0, 16).getBytes(StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        out.write(("GET / HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed a bystander's connection during the handshake");
            }
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        return socket;
    }

    /** Reads server frames (unmasked) from {@code socket} until a text frame equals {@code wanted}, or time is up. */
    private static boolean hears(Socket socket, String wanted, long deadline) throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            try {
                int opcode = in.readUnsignedByte() & 0x0f;
                long length = in.readUnsignedByte() & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                ByteArrayOutputStream payload = new ByteArrayOutputStream();
                for (long i = 0; i < length; i++) {
                    payload.write(in.readUnsignedByte());
                }
                if (opcode == 1 && payload.toString(StandardCharsets.UTF_8).equals(wanted)) {
                    return true;
                }
                if (opcode == 8) {
                    return false;
                }
            } catch (SocketTimeoutException late) {
                return false;
            }
        }
        return false;
    }
}
