package workbook.grader.core.wire;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds back the first bytes each of several clients writes (its handshake) until every one of them is ready, then
 * lets them all go: the handshakes reach the server within microseconds of each other, as those of many browser tabs
 * opening together can, rather than one client thread's start-up apart. This is what makes a race in the server's
 * onOpen show.
 */
public final class StartingGate {

    private final CountDownLatch waiting;
    private final Duration bound;

    /** {@code bound}: how long a ready client waits for the others before it goes anyway. */
    public StartingGate(int clients, Duration bound) {
        this.waiting = new CountDownLatch(clients);
        this.bound = bound;
    }

    /** An unconnected socket for one client: its first write waits here until every client has come. */
    public Socket socket() {
        return new GatedSocket();
    }

    private void arriveAndWait() throws IOException {
        waiting.countDown();
        try {
            waiting.await(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted at the starting gate", e);
        }
    }

    private final class GatedSocket extends Socket {
        private OutputStream gated;

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (gated == null) {
                gated = new FilterOutputStream(super.getOutputStream()) {
                    private boolean through;

                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        if (!through) {
                            through = true;
                            arriveAndWait();
                        }
                        out.write(bytes, offset, length);
                    }
                };
            }
            return gated;
        }
    }
}
