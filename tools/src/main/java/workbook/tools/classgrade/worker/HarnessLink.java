package workbook.tools.classgrade.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import workbook.tools.classgrade.harness.Wire;

/**
 * The worker's end of the control connection to one harness: requests with an id, answers matched by id, every
 * wait bounded. The harness is untrusted, so a malformed, late or missing answer is an answer like any other: the
 * request fails, and with it the check that asked.
 */
final class HarnessLink implements AutoCloseable {

    /** An answer the harness did not give in time, or gave as an error, or could not give because it is gone. */
    static final class NoAnswer extends Exception {
        private final transient List<String> fields;

        NoAnswer(String message, List<String> fields) {
            super(message);
            this.fields = fields;
        }

        /** The harness's own error fields (a kind, then a throwable), or empty when it gave no answer at all. */
        List<String> fields() {
            return fields;
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final Map<String, CompletableFuture<List<String>>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final CompletableFuture<Void> gone = new CompletableFuture<>();
    private volatile String exitCaller;

    private HarnessLink(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        Thread reader = new Thread(this::read, "harness-link-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits, bounded, for the harness to connect to {@code listener} and name {@code token}. */
    static HarnessLink accept(ServerSocket listener, String token, Duration bound, Process harness) throws IOException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline && harness.isAlive()) {
            listener.setSoTimeout(100);
            Socket socket;
            try {
                socket = listener.accept();
            } catch (SocketTimeoutException e) {
                continue;
            }
            socket.setSoTimeout((int) Math.max(1, bound.toMillis()));
            String hello = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            // readLine's buffer may have taken more than the hello, but the harness sends nothing more until asked
            if (hello != null && Wire.fields(hello).equals(List.of("0", "hello", token))) {
                socket.setSoTimeout(0);
                return new HarnessLink(socket);
            }
            socket.close();
        }
        throw new IOException("the server process did not connect back within " + bound.toMillis() + " ms");
    }

    List<String> ask(Duration bound, String command, String... args) throws NoAnswer, InterruptedException {
        String id = String.valueOf(ids.incrementAndGet());
        CompletableFuture<List<String>> answer = new CompletableFuture<>();
        pending.put(id, answer);
        List<String> request = new ArrayList<>(List.of(id, command));
        request.addAll(List.of(args));
        try {
            synchronized (out) {
                out.write(Wire.line(request).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            List<String> fields = CompletableFuture.anyOf(answer, gone).get(bound.toMillis(), TimeUnit.MILLISECONDS) == null
                    && !answer.isDone() ? null : answer.getNow(null);
            if (fields == null) {
                throw new NoAnswer("the server process ended", List.of());
            }
            if (!fields.get(0).equals("ok")) {
                throw new NoAnswer("the server process answered " + fields.get(0), fields);
            }
            return fields.subList(1, fields.size());
        } catch (IOException | ExecutionException e) {
            throw new NoAnswer("the server process ended", List.of());
        } catch (TimeoutException e) {
            throw new NoAnswer("the server process did not answer '" + command + "' within " + bound.toMillis() + " ms", List.of());
        } finally {
            pending.remove(id);
        }
    }

    /** Whether the harness closed its end (it ended, or was ended). */
    boolean gone() {
        return gone.isDone();
    }

    /** What the harness said as it was told to exit: the lesson's line that called System.exit, or "". */
    String exitCaller() {
        return exitCaller;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> fields;
                try {
                    fields = Wire.fields(line);
                } catch (IllegalArgumentException notBase64) {
                    continue;
                }
                if (fields.size() >= 2 && fields.get(0).equals("0") && fields.get(1).equals("exit")) {
                    exitCaller = fields.size() > 2 ? fields.get(2) : "";
                    continue;
                }
                CompletableFuture<List<String>> answer = fields.size() >= 2 ? pending.get(fields.get(0)) : null;
                if (answer != null) {
                    answer.complete(fields.subList(1, fields.size()));
                }
            }
        } catch (IOException e) {
            // the harness is gone
        } finally {
            gone.complete(null);
        }
    }

    @Override
    public void close() {
        gone.complete(null);
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
