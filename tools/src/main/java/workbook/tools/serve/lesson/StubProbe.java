package workbook.tools.serve.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import workbook.grader.core.words.Msg;

/**
 * Wakes every callback a stub may have left unfinished, so its {@code UnsupportedOperationException} is on record
 * before a student opens the page: connect ({@code onOpen}), one message ({@code onMessage}), close ({@code onClose}).
 * The message is a lesson 05 subscribe request, which every lesson takes as a message like any other; the probe is
 * alone on the server, so no page ever sees its traffic.
 */
final class StubProbe extends WebSocketClient {

    static final String MESSAGE = "{\"type\":\"subscribe\",\"channel\":\"workbook-serve-probe\"}";

    private static final int STEP_MILLIS = 2000;

    private final CountDownLatch closed = new CountDownLatch(1);

    private StubProbe(URI server) {
        super(server);
    }

    /**
     * Runs the probe; a server that does not answer in time is simply left as it is.
     *
     * @return the probe's local port, by which the server knows the probe's connection (0 if it never connected)
     */
    static int poke(URI server) throws InterruptedException {
        StubProbe probe = new StubProbe(server);
        if (!probe.connectBlocking(STEP_MILLIS, TimeUnit.MILLISECONDS)) {
            probe.close();
            return 0;
        }
        int localPort = probe.getSocket().getLocalPort();
        probe.send(MESSAGE);
        // The server answers a close only after the frames before it, so onMessage has run once this returns.
        probe.close();
        probe.closed.await(STEP_MILLIS, TimeUnit.MILLISECONDS);
        return localPort;
    }

    /**
     * Lesson 07's page side: the stub's handler answers 501 with its own sentence. That sentence, split into its two
     * languages, or empty when the page is served (or nothing answers in time).
     */
    static Optional<Msg> page(URI http) {
        try {
            HttpURLConnection get = (HttpURLConnection) http.resolve("/").toURL().openConnection();
            get.setConnectTimeout(STEP_MILLIS);
            get.setReadTimeout(STEP_MILLIS);
            try {
                if (get.getResponseCode() != HttpURLConnection.HTTP_NOT_IMPLEMENTED || get.getErrorStream() == null) {
                    return Optional.empty();
                }
                try (InputStream body = get.getErrorStream()) {
                    String text = new String(body.readNBytes(4096), StandardCharsets.UTF_8).strip();
                    return Optional.of(text.isEmpty() ? Msg.of("페이지가 501 (구현되지 않음) 으로 답합니다", "the page answers 501 (not implemented)")
                            : Msg.ofDisplayName(text));
                }
            } finally {
                get.disconnect();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
    }

    @Override
    public void onMessage(String message) {
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        closed.countDown();
    }

    @Override
    public void onError(Exception ex) {
        // a probe that fails proves nothing either way: the server's own errors() are what serve reads
    }
}
