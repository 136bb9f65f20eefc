package workbook.grader.broken.lesson07.room;

import java.nio.file.Path;
import org.java_websocket.WebSocket;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/**
 * Announces a leave in onClosing, which runs only when a close frame starts the closing handshake: a client that
 * vanishes never leaves the room, and the count stays too high.
 */
public class LeavesOnlyWithACloseFrame extends WorkingChatRoom {

    public LeavesOnlyWithACloseFrame(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    public void onClosing(WebSocket conn, int code, String reason, boolean remote) {
        super.onClose(conn, code, reason, remote);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        // the leave was announced in onClosing, if there was a close frame
    }
}
