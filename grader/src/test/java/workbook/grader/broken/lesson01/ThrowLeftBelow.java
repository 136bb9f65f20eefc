package workbook.grader.broken.lesson01;

import org.java_websocket.WebSocket;
import workbook.grader.broken.QuietServer;

/** A working reply, with the stub's throw line still below it. */
public class ThrowLeftBelow extends QuietServer {
    public ThrowLeftBelow(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        conn.send("Server received: " + message);
        throw new UnsupportedOperationException("레슨 01: onMessage 를 완성하세요 / Lesson 01: complete onMessage");
    }
}
