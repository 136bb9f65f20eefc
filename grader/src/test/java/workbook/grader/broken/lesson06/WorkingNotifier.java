package workbook.grader.broken.lesson06;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** A correct notifier in small steps, so that each broken server of lesson 06 changes one step. */
abstract class WorkingNotifier extends QuietServer {

    static final String NOTIFICATION = "This is a real-time notification";

    final Duration period;
    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "notifier"));

    WorkingNotifier(int port, Duration period) {
        super(port);
        this.period = period;
    }

    @Override
    public void start() {
        schedule();
        super.start();
    }

    void schedule() {
        timer.scheduleAtFixedRate(this::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    void tick() {
        for (WebSocket client : getConnections()) {
            if (client.isOpen()) {
                client.send(text());
            }
        }
    }

    String text() {
        return NOTIFICATION;
    }

    @Override
    public void stop(int timeout, String closeMessage) throws InterruptedException {
        stopTimer();
        super.stop(timeout, closeMessage);
    }

    void stopTimer() {
        timer.shutdownNow();
    }
}
