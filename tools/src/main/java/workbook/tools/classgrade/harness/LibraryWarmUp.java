package workbook.tools.classgrade.harness;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.resource.PathResourceManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.java_websocket.WebSocket;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshake;
import workbook.grader.core.BoundedWork;
import workbook.grader.core.wire.RefusingPort;
import workbook.support.LessonServer;

/**
 * Warms up the libraries a submission's server stands on before any check asks for a server: the harness says hello
 * only after it, and the worker starts the checks only after hello, so this work is off the checks' clock. Done by
 * the first check instead, sixteen cold starts at once on a busy machine once took a correct lesson 07 server past
 * its 3 s bound.
 * Only the workbook's own code and the libraries run here: the submission's class files are read as bytes, to see
 * which libraries they name.
 */
final class LibraryWarmUp {

    private static final Duration BOUND = Duration.ofSeconds(5);
    /** The whole warm-up, whose steps are each bounded by {@link #BOUND}: past it, the checks start anyway. */
    private static final Duration WHOLE_BOUND = BOUND.multipliedBy(2);
    private static final String UNDERTOW = "io/undertow/";
    private static final String JACKSON = "com/fasterxml/jackson/";
    private static final String LETTUCE = "io/lettuce/";

    private LibraryWarmUp() {
    }

    /**
     * Warms up, waiting at most {@link #WHOLE_BOUND}; a warm-up that fails or takes longer costs nothing but the time
     * it would have saved (the first check's server pays for it instead).
     */
    static void runBounded(Path classes) {
        try {
            BoundedWork.endsWithin(WHOLE_BOUND, "harness-warm-up", () -> {
                try {
                    run(classes);
                } catch (Exception | LinkageError e) {
                    // the first check's server pays for the warm-up instead
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Warms up Java-WebSocket, and Undertow, Jackson and Lettuce where the class files name them; returns what it warmed. */
    static List<String> run(Path classes) throws Exception {
        Set<String> named = named(classes, List.of(UNDERTOW, JACKSON, LETTUCE));
        List<String> warmed = new ArrayList<>();
        webSocketRoundTrip();
        warmed.add("Java-WebSocket");
        if (named.contains(UNDERTOW)) {
            Undertow http = Undertow.builder()
                    .addHttpListener(0, InetAddress.getLoopbackAddress().getHostAddress())
                    .setHandler(Handlers.resource(new PathResourceManager(classes)))
                    .build();
            http.start();
            http.stop();
            warmed.add("Undertow");
        }
        if (named.contains(JACKSON)) {
            new ObjectMapper().readTree("{\"name\":\"warm\",\"message\":[1,2.5,true,null]}");
            warmed.add("Jackson");
        }
        if (named.contains(LETTUCE)) {
            redisClientAttempt();
            warmed.add("Lettuce");
        }
        return warmed;
    }

    /**
     * A Redis client that tries a loopback port where a connection is refused: it loads Lettuce, Netty and their event
     * loops, and ends them again. Under a CPU quota of 0.7 cores, lesson 09's reference servers, each loading them in
     * its constructor beside the others, ran past the 3 s a constructor then had.
     */
    private static void redisClientAttempt() throws InterruptedException, ExecutionException, TimeoutException {
        ClientResources resources = ClientResources.create();
        try (RefusingPort refusing = RefusingPort.take()) {
            RedisClient client = RedisClient.create(resources, RedisURI.builder().withHost("127.0.0.1")
                    .withPort(refusing.port()).withTimeout(BOUND).build());
            try {
                client.connect().close();
            } catch (RedisException refused) {
                // refused, as meant: the classes are loaded by now
            } finally {
                client.shutdown(Duration.ZERO, BOUND);
            }
        } finally {
            resources.shutdown(0, BOUND.toMillis(), TimeUnit.MILLISECONDS).get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Which of {@code libraries} (package names as class files write them) the submission's class files name: a class
     * file's constant pool names every class it uses. Reads file by file, and stops once all are found.
     */
    private static Set<String> named(Path classes, List<String> libraries) throws IOException {
        Set<String> found = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(file -> file.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            libraries.stream().filter(constants::contains).forEach(found::add);
            if (found.size() == libraries.size()) {
                break;
            }
        }
        return found;
    }

    /** A server of the workbook's own, one client's handshake, a message each way, and both closed. */
    private static void webSocketRoundTrip() throws Exception {
        Idle server = new Idle();
        server.start();
        try {
            int port = server.awaitListening(BOUND);
            CountDownLatch closed = new CountDownLatch(1);
            WebSocketClient client = new WebSocketClient(URI.create("ws://127.0.0.1:" + port)) {
                @Override
                public void onOpen(ServerHandshake handshake) {
                    send("warm");
                }

                @Override
                public void onMessage(String message) {
                    close();
                }

                @Override
                public void onClose(int code, String reason, boolean remote) {
                    closed.countDown();
                }

                @Override
                public void onError(Exception ex) {
                }
            };
            if (client.connectBlocking(BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                closed.await(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            server.stop(LessonServer.STOP_TIMEOUT_MILLIS);
        }
    }

    /** Echoes, and says nothing: the submission's output.log is the submission's. */
    private static final class Idle extends LessonServer {
        Idle() {
            super(0);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            conn.send(message);
        }
    }
}
