package workbook.grader.broken.lesson07.room;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/** Correct, written differently: a ReentrantLock of its own instead of synchronized (room). It must pass every check. */
public class LocksWithReentrantLock extends WorkingChatRoom {

    private final ReentrantLock lock = new ReentrantLock();

    public LocksWithReentrantLock(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        lock.lock();
        try {
            room.add(conn);
            sendToRoom(joinLine(room.size()));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        lock.lock();
        try {
            if (room.remove(conn)) {
                sendToRoom(leaveLine(room.size()));
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected void sendToRoom(String text) {
        lock.lock();
        try {
            super.sendToRoom(text);
        } finally {
            lock.unlock();
        }
    }

    @Override
    protected void emptyRoom() {
        lock.lock();
        try {
            room.clear();
        } finally {
            lock.unlock();
        }
    }
}
