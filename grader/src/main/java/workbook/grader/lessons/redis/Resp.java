package workbook.grader.lessons.redis;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The grader's own few words of Redis's protocol (RESP) on a plain socket: PING, PUBLISH, PUBSUB NUMSUB and
 * SUBSCRIBE. It plays "another program" on the channel, and it needs no thread of its own, so nothing it does can be
 * mistaken for a thread the lesson left behind.
 */
final class Resp implements AutoCloseable {

    private static final Duration CONNECT_BOUND = Duration.ofSeconds(1);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private Resp(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    static Resp connect(String host, int port, Duration readBound) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) CONNECT_BOUND.toMillis());
            socket.setSoTimeout((int) readBound.toMillis());
            return new Resp(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Whether a Redis on the loopback port answers PING with PONG right now. */
    static boolean answersPing(int port) {
        try (Resp redis = connect("127.0.0.1", port, Duration.ofMillis(500))) {
            return "PONG".equals(redis.command("PING"));
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Sends one command and reads its reply: a String, a Long, a List, or null. */
    Object command(String... words) throws IOException {
        write(words);
        return read();
    }

    /** Sends one command without reading (SUBSCRIBE's replies come as pushes). */
    void write(String... words) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("*" + words.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String word : words) {
            byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
            request.writeBytes(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(bytes);
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(request.toByteArray());
        out.flush();
    }

    /** The next reply; a read that takes longer than the connection's bound throws {@link SocketTimeoutException}. */
    Object read() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new IOException("Redis closed the connection");
        }
        String line = line();
        return switch (type) {
            case '+' -> line;
            case '-' -> throw new IOException("Redis answered with an error: " + line);
            case ':' -> Long.parseLong(line);
            case '$' -> bulk(Integer.parseInt(line));
            case '*' -> array(Integer.parseInt(line));
            default -> throw new IOException("not a Redis reply: " + (char) type + line);
        };
    }

    private String bulk(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new IOException("Redis closed the connection");
        }
        line();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private List<Object> array(int length) throws IOException {
        if (length < 0) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            items.add(read());
        }
        return items;
    }

    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\r'; b = in.read()) {
            if (b < 0) {
                throw new IOException("Redis closed the connection");
            }
            bytes.write(b);
        }
        in.read();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    void readBound(Duration bound) throws IOException {
        socket.setSoTimeout((int) Math.max(1, bound.toMillis()));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
