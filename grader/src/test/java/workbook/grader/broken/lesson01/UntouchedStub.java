package workbook.grader.broken.lesson01;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** The stub as it comes: onMessage throws before doing anything. */
public class UntouchedStub extends QuietServer {
    public UntouchedStub(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        throw new UnsupportedOperationException("레슨 01: onMessage 를 완성하세요 / Lesson 01: complete onMessage");
    }
}
