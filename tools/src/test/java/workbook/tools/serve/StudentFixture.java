package workbook.tools.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import workbook.grader.core.lesson.WorkbookHome;

/**
 * A student's workbook folder: {@code lessons/} in every state serve must survive, whatever the real one holds, and
 * the grades {@code ./workbook check} left in {@code .workbook/progress.json} (01 passed 12 of 12, 02 none of 9).
 * The reference solutions and the pages are the real ones. The lessons:
 * 01 implemented (a copy of the reference, its client too), 02 a stub that throws (its client the stub), 03 a compile error, 04 a constructor that throws,
 * 05 not there at all, 06 a stub that throws while it is being built, 07 not there at all.
 */
public final class StudentFixture {

    /** The compile error written into lesson 03, line 3. */
    public static final String COMPILE_ERROR = "int broken = ;";

    /** What lesson 04's constructor throws. */
    public static final String START_FAILURE = "the constructor of this server is broken on purpose";

    /** What lesson 02's stub says, as the real stubs do. */
    public static final String STUB_MESSAGE = "레슨 02: onOpen 을 완성하세요 / Lesson 02: complete onOpen";

    /** What lesson 06's stub throws from its constructor, as the real one does. */
    public static final String STUB_IN_CONSTRUCTOR = "레슨 06: 타이머를 시작하세요 / Lesson 06: start the timer";

    private StudentFixture() {
    }

    /** Writes the fixture into the folder {@code home} and returns it. */
    public static Path create(Path home) throws IOException {
        Path root = home.resolve("lessons");
        write(home, ".workbook/progress.json", """
                {"version":1,"lessons":{"01":{"passed":12,"total":12,"passedOnce":true,"checkedAt":"2026-11-22T00:00:00Z","hintsShown":0},
                "02":{"passed":0,"total":9,"passedOnce":false,"checkedAt":"2026-11-22T00:01:00Z","hintsShown":2}}}
                """);
        write(root, "01-echo/EchoServer.java",
                Files.readString(WorkbookHome.get().resolve("solutions/01-echo/EchoServer.java")));
        write(root, "01-echo/client.js", Files.readString(WorkbookHome.get().resolve("solutions/01-echo/client.js")));
        write(root, "02-welcome/client.js",
                Files.readString(WorkbookHome.get().resolve("tools/src/main/stubs/02-welcome/client.js.stub")));
        write(root, "02-welcome/WelcomeServer.java", welcomeServer("""
                    throw new UnsupportedOperationException("%s");""".formatted(STUB_MESSAGE)));
        write(root, "03-broadcast/BroadcastServer.java", """
                package workbook.lesson03;
                class BroadcastServer {
                    %s
                }
                """.formatted(COMPILE_ERROR));
        write(root, "04-all-but-sender/RelayServer.java", """
                package workbook.lesson04;
                public class RelayServer extends workbook.support.LessonServer {
                    public RelayServer(int port) {
                        super(port);
                        throw new IllegalStateException("%s");
                    }
                    @Override public void onOpen(org.java_websocket.WebSocket conn, org.java_websocket.handshake.ClientHandshake h) { }
                    @Override public void onMessage(org.java_websocket.WebSocket conn, String message) { }
                    @Override public void onClose(org.java_websocket.WebSocket conn, int code, String reason, boolean remote) { }
                }
                """.formatted(START_FAILURE));
        write(root, "06-notifications/NotificationServer.java", """
                package workbook.lesson06;
                public class NotificationServer extends workbook.support.LessonServer {
                    public NotificationServer(int port, java.time.Duration period) {
                        super(port);
                        throw new UnsupportedOperationException("%s");
                    }
                    @Override public void onOpen(org.java_websocket.WebSocket conn, org.java_websocket.handshake.ClientHandshake h) { }
                    @Override public void onMessage(org.java_websocket.WebSocket conn, String message) { }
                    @Override public void onClose(org.java_websocket.WebSocket conn, int code, String reason, boolean remote) { }
                }
                """.formatted(STUB_IN_CONSTRUCTOR));
        return home;
    }

    /** Lesson 02 finished: the student replaced the stub's throw with the greeting. */
    public static void finishLesson02(Path home) throws IOException {
        write(home.resolve("lessons"), "02-welcome/WelcomeServer.java", welcomeServer("""
                    conn.send("Welcome to the WebSocket server!");"""));
    }

    /**
     * The settings serve's tests run with: the fixture's folder as the workbook, the real solutions and pages, port 0,
     * lesson 06 every 500 ms, compiled classes kept under target/ between runs.
     */
    public static ServeConfig config(Path home) {
        Path real = WorkbookHome.get();
        return new ServeConfig(home, home.resolve("lessons"), real.resolve("solutions"), real.resolve("web"),
                real.resolve("tools/target/serve-classes"), 0, false, Duration.ofMillis(500));
    }

    private static String welcomeServer(String onOpenBody) {
        return """
                package workbook.lesson02;
                import org.java_websocket.WebSocket;
                import org.java_websocket.handshake.ClientHandshake;
                public class WelcomeServer extends workbook.support.LessonServer {
                    public WelcomeServer(int port) {
                        super(port);
                    }
                    @Override public void onOpen(WebSocket conn, ClientHandshake handshake) {
                %s
                    }
                    @Override public void onMessage(WebSocket conn, String message) {
                        conn.send("You said: " + message);
                    }
                    @Override public void onClose(WebSocket conn, int code, String reason, boolean remote) { }
                }
                """.formatted(onOpenBody);
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
