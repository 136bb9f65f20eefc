package workbook.grader.lessons.heartbeat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/** The opening handshake of RFC 6455 (section 4.1), written on a connected socket and its answer checked. */
final class OpeningHandshake {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OpeningHandshake() {
    }

    /**
     * Sends the upgrade request and reads the answer (within the socket's read timeout); returns the bytes that came
     * after the answer's headers (the first frames), or throws saying what was wrong with the answer.
     */
    static byte[] perform(Socket socket, URI uri) throws IOException {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        String encodedKey = Base64.getEncoder().encodeToString(key);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + encodedKey
                + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        String head = readHead(socket.getInputStream(), rest);
        requireUpgrade(head, encodedKey);
        return rest.toByteArray();
    }

    /** Reads the answer to the handshake up to its blank line; whatever follows it goes to {@code rest}. */
    private static String readHead(InputStream in, ByteArrayOutputStream rest) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (true) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("the server closed the connection before it answered the handshake"
                        + (head.size() == 0 ? "" : ": " + head.toString(StandardCharsets.ISO_8859_1).strip()));
            }
            head.write(buffer, 0, n);
            byte[] all = head.toByteArray();
            for (int i = 0; i + 3 < all.length; i++) {
                if (all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n') {
                    rest.write(all, i + 4, all.length - i - 4);
                    return new String(all, 0, i, StandardCharsets.ISO_8859_1);
                }
            }
            if (all.length > 16384) {
                throw new IOException("the answer to the handshake has no end of headers");
            }
        }
    }

    private static void requireUpgrade(String head, String key) throws IOException {
        String[] lines = head.split("\r\n");
        if (!lines[0].matches("HTTP/1\\.1 101( .*)?")) {
            throw new IOException("the server answered the handshake with \"" + lines[0] + "\", not 101 Switching Protocols");
        }
        String wanted = accept(key);
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-accept")
                    && line.substring(colon + 1).trim().equals(wanted)) {
                return;
            }
        }
        throw new IOException("the server's handshake has no valid Sec-WebSocket-Accept header");
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }
}
