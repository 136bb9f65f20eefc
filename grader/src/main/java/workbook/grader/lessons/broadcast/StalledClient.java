package workbook.grader.lessons.broadcast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * A WebSocket client written by hand on a plain socket that, once connected, never reads again, as a browser tab
 * whose page hangs. What the server sends it piles up in the server's queue; when it then sends a close frame, the
 * server's answer waits behind that pile, so the server keeps the connection in its list, closing but not closed,
 * for as long as the grader likes. A server that sends to it then without asking isOpen() throws.
 */
public final class StalledClient implements AutoCloseable {

    /** A small receive buffer, so that little data fills the way to this client. */
    private static final int RECEIVE_BUFFER = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Socket socket;

    private StalledClient(Socket socket) {
        this.socket = socket;
    }

    /** Connects and completes the WebSocket handshake within {@code timeout}; then reads nothing more. */
    public static StalledClient connect(URI uri, Duration timeout) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(RECEIVE_BUFFER);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), (int) timeout.toMillis());
        socket.setSoTimeout((int) timeout.toMillis());
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        String request = "GET / HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key)
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = readHead(socket.getInputStream());
        if (!head.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("the server did not switch to WebSocket: " + head.lines().findFirst().orElse(""));
        }
        return new StalledClient(socket);
    }

    /** The local port: the server sees it as the connection's remote port. */
    public int localPort() {
        return socket.getLocalPort();
    }

    /** Sends a close frame (code 1000), masked as a client must; the socket stays open and unread. */
    public void sendClose() throws IOException {
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        byte[] payload = {0x03, (byte) 0xe8};
        byte[] frame = new byte[2 + 4 + payload.length];
        frame[0] = (byte) 0x88;
        frame[1] = (byte) (0x80 | payload.length);
        System.arraycopy(mask, 0, frame, 2, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        socket.getOutputStream().write(frame);
        socket.getOutputStream().flush();
    }

    @Override
    public void close() {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException alreadyGone) {
            // closing is all that was asked
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
