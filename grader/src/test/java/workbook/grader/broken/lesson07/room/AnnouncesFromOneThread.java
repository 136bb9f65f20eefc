package workbook.grader.broken.lesson07.room;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/**
 * Correct, written differently: no lock at all; every change to the room, its count and its sending run as tasks on
 * one single-thread executor, so they happen one at a time in the order they came. stop() shuts the executor down.
 * It must pass every check.
 */
public class AnnouncesFromOneThread extends WorkingChatRoom {

    private final ExecutorService roomThread = Executors.newSingleThreadExecutor(task -> new Thread(task, "room"));

    public AnnouncesFromOneThread(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        roomThread.execute(() -> {
            room.add(conn);
            tellEveryone(joinLine(room.size()));
        });
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        try {
            roomThread.execute(() -> {
                if (room.remove(conn)) {
                    tellEveryone(leaveLine(room.size()));
                }
            });
        } catch (RejectedExecutionException stopped) {
            // the room was emptied when the server began to stop: nobody is told
        }
    }

    @Override
    protected void sendToRoom(String text) {
        roomThread.execute(() -> tellEveryone(text));
    }

    /**
     * Runs on the room thread, beside the selector thread that closes connections: a client can close between
     * isOpen() and send(), so a failed send is skipped rather than ending the loop.
     */
    private void tellEveryone(String text) {
        for (WebSocket client : room) {
            try {
                if (client.isOpen()) {
                    client.send(text);
                }
            } catch (WebsocketNotConnectedException closedMeanwhile) {
                // skipped, as a closed client is
            }
        }
    }

    /** Empties the room on its own thread, then lets that thread end: no leave is announced after this. */
    @Override
    protected void emptyRoom() {
        try {
            roomThread.submit(room::clear).get(1, TimeUnit.SECONDS);
            roomThread.shutdown();
            roomThread.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the room thread did not empty the room", e);
        }
    }
}
