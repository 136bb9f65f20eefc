package workbook.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import workbook.grader.core.lesson.WorkbookHome;

/**
 * A class of 30 generated lesson-01 submissions for grade-class, made from {@code solutions/01-echo} and
 * {@code lessons/01-echo}: the ways a real class goes wrong, each a few times. Half of them are laid out as a copy
 * of {@code lessons/} ({@code student/01-echo/}), half as a whole clone ({@code student/lessons/01-echo/}).
 */
final class GeneratedClass {

    /** What each kind of submission does to the reference solution (or the stub). */
    enum Kind {
        COMPLETE(7), STUBBED(6), HALF_DONE(3), COMPILE_ERROR(3), SYSTEM_EXIT(2), ENDLESS_LOOP(2), FIXED_PORT(2),
        OUTPUT_FLOOD(2), LEAKS_A_THREAD(2), MISSING(1);

        final int count;

        Kind(int count) {
            this.count = count;
        }

        String student(int n) {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + n;
        }
    }

    private static final String REPLY = "        conn.send(\"Server received: \" + message);\n";

    private GeneratedClass() {
    }

    /** Writes the class into {@code dir}; returns each student's folder name and kind. */
    static Map<String, Kind> write(Path dir) throws IOException {
        Path home = WorkbookHome.get();
        String solution = Files.readString(home.resolve("solutions/01-echo/EchoServer.java"), StandardCharsets.UTF_8);
        String stub = Files.readString(home.resolve("lessons/01-echo/EchoServer.java"), StandardCharsets.UTF_8);
        if (!solution.contains(REPLY) || !solution.contains("super(port);")) {
            throw new IllegalStateException("solutions/01-echo/EchoServer.java changed: update GeneratedClass");
        }
        Map<String, Kind> students = new LinkedHashMap<>();
        int seen = 0;
        for (Kind kind : Kind.values()) {
            for (int n = 1; n <= kind.count; n++) {
                String student = kind.student(n);
                students.put(student, kind);
                Path lessonRoot = seen++ % 2 == 0 ? dir.resolve(student) : dir.resolve(student).resolve("lessons");
                Files.createDirectories(lessonRoot);
                if (kind == Kind.MISSING) {
                    continue;
                }
                Path folder = Files.createDirectories(lessonRoot.resolve("01-echo"));
                Files.writeString(folder.resolve("EchoServer.java"), source(kind, solution, stub), StandardCharsets.UTF_8);
            }
        }
        return students;
    }

    private static String source(Kind kind, String solution, String stub) {
        return switch (kind) {
            case COMPLETE -> solution;
            case STUBBED -> stub;
            // answers only each client's first message: passes 9 of the 12 checks, always the same 9
            case HALF_DONE -> solution.replace(REPLY,
                    "        if (answered.add(conn)) {\n    " + REPLY + "        }\n")
                    .replace("    public EchoServer(int port) {",
                            "    private final java.util.Set<WebSocket> answered = java.util.concurrent.ConcurrentHashMap.newKeySet();\n\n"
                                    + "    public EchoServer(int port) {");
            case COMPILE_ERROR -> solution.replace(REPLY, "        conn.send(\"Server received: \" + message)\n");
            case SYSTEM_EXIT -> solution.replace(REPLY, REPLY + "        System.exit(0);\n");
            case ENDLESS_LOOP -> solution.replace(REPLY, "        while (message != null) {\n            message.length();\n        }\n");
            case FIXED_PORT -> solution.replace("super(port);", "super(8080);");
            case OUTPUT_FLOOD -> solution.replace(REPLY, REPLY + "        System.out.print(\"flood \".repeat(1_000_000));\n");
            case LEAKS_A_THREAD -> solution.replace("super(port);", "super(port);\n"
                    + "        new java.util.Timer(\"heartbeat\").schedule(new java.util.TimerTask() {\n"
                    + "            @Override\n            public void run() {\n            }\n        }, 0, 1000);");
            case MISSING -> throw new IllegalArgumentException("a missing lesson has no source");
        };
    }
}
