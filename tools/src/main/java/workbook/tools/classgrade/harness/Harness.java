package workbook.tools.classgrade.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.ListedConnection;
import workbook.grader.core.server.InProcessServer.ServerStartException;
import workbook.grader.core.server.StopCall;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.server.Target;
import workbook.support.HttpLesson;
import workbook.tools.lessoncode.StuckCode;

/**
 * The main class of the process that runs one submission's servers, inside grade-class's sandbox. It connects back
 * to the grading worker's control port, and on request starts a new instance of the lesson's server on port 0
 * (each in a class loader of its own), and answers what the checks ask about it. Nothing it says decides a check on
 * its own: the worker talks to the servers over the network and checks the ports itself.
 *
 * <p>{@code java ... Harness CONTROL_PORT TOKEN CLASSES_DIR LESSON_CLASS}
 */
public final class Harness {

    /** Questions answered without running the lesson's code, on the reading thread itself. */
    private static final java.util.Set<String> QUICK = java.util.Set.of("listed", "errors", "threads");

    private final Target.CompiledClasses classes;
    private final String className;
    private final OutputStream control;
    private final Map<Integer, InProcessServer> servers = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private Harness(Path classes, String className, OutputStream control) {
        this.classes = new Target.CompiledClasses(classes);
        this.className = className;
        this.control = control;
    }

    public static void main(String[] args) throws IOException {
        // SLF4J set up now, on one thread, does not print its "calls were replayed" warning into the student's log
        org.slf4j.LoggerFactory.getILoggerFactory();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
        socket.setTcpNoDelay(true);
        Harness harness = new Harness(Path.of(args[2]), args[3], socket.getOutputStream());
        // the worker starts the checks once it hears hello: warmed up first, no check's clock pays for it
        LibraryWarmUp.runBounded(Path.of(args[2]));
        harness.send(List.of("0", "hello", args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(harness::exiting, "harness-exit-witness"));
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            List<String> request = Wire.fields(line);
            if (QUICK.contains(request.get(1))) {
                harness.answer(request);
                continue;
            }
            // starting, stopping and the lesson's own methods run the lesson's code, which may never return
            Thread worker = new Thread(() -> harness.answer(request), "harness-" + request.get(1));
            worker.setDaemon(true);
            worker.start();
        }
        // the worker closed the link: grading of this submission is over
        Runtime.getRuntime().halt(0);
    }

    private void answer(List<String> request) {
        String id = request.get(0);
        List<String> answer = new ArrayList<>(List.of(id, "ok"));
        try {
            answer.addAll(handle(request.get(1), request.subList(2, request.size())));
        } catch (ServerStartException e) {
            answer = new ArrayList<>(List.of(id, "start-failed", e.reason().ko(), e.reason().en()));
            if (e.getCause() != null) {
                answer.addAll(Wire.throwable(e.getCause()));
            }
        } catch (Throwable e) {
            answer = new ArrayList<>(List.of(id, "err"));
            answer.addAll(Wire.throwable(e));
        }
        send(answer);
    }

    private List<String> handle(String command, List<String> args) throws Exception {
        if (command.equals("start")) {
            Class<?> serverClass = classes.load(className);
            InProcessServer server = InProcessServer.start(serverClass, recipe(args), Duration.ofMillis(Long.parseLong(args.get(0))));
            int id = ids.incrementAndGet();
            servers.put(id, server);
            int http = server.server() instanceof HttpLesson lesson ? lesson.httpPort() : -1;
            return List.of(String.valueOf(id), String.valueOf(server.port()), String.valueOf(http), serverClass.getSimpleName());
        }
        if (command.equals("stuck")) {
            return StuckCode.threads(className);
        }
        InProcessServer server = servers.get(Integer.parseInt(args.get(0)));
        if (server == null) {
            throw new IllegalArgumentException("no server " + args.get(0));
        }
        return switch (command) {
            case "listed" -> ListedConnection.fields(server.listed(Integer.parseInt(args.get(1))));
            case "errors" -> errors(server);
            case "threads" -> server.liveThreads();
            case "stop" -> {
                StopCall call = server.callStop(Duration.ofMillis(Long.parseLong(args.get(1))));
                List<String> fields = new ArrayList<>(List.of(String.valueOf(call.returnedInTime())));
                if (call.thrown() != null) {
                    fields.addAll(Wire.throwable(call.thrown()));
                }
                yield fields;
            }
            case "int" -> {
                Method method = server.server().getClass().getMethod(args.get(1));
                yield List.of(String.valueOf(((Number) method.invoke(server.server())).intValue()));
            }
            case "close" -> {
                server.close();
                yield List.of();
            }
            default -> throw new IllegalArgumentException("unknown command " + command);
        };
    }

    /** Errors as one field each: the throwable's fields joined by a separator no Base64 holds. */
    private static List<String> errors(InProcessServer server) {
        List<String> fields = new ArrayList<>();
        for (Throwable error : server.errors()) {
            fields.add(String.join("\u0002", Wire.throwable(error)));
        }
        return fields;
    }

    /** {@code timeoutMillis variant|"" type value type value ...}: the recipe as {@link ServerRecipe#constructor}. */
    static ServerRecipe recipe(List<String> args) {
        String variant = args.get(1).isEmpty() ? null : args.get(1);
        List<Class<?>> types = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 2; i + 1 < args.size(); i += 2) {
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "int" -> { types.add(int.class); values.add(Integer.parseInt(value)); }
                case "long" -> { types.add(long.class); values.add(Long.parseLong(value)); }
                case "boolean" -> { types.add(boolean.class); values.add(Boolean.parseBoolean(value)); }
                case "String" -> { types.add(String.class); values.add(value); }
                case "Duration" -> { types.add(Duration.class); values.add(Duration.parse(value)); }
                case "Path" -> { types.add(Path.class); values.add(Path.of(value)); }
                default -> throw new IllegalArgumentException("cannot build a " + args.get(i) + " argument");
            }
        }
        return ServerRecipe.constructor(variant, types.toArray(Class<?>[]::new), values.toArray());
    }

    private void exiting() {
        send(List.of("0", "exit", StuckCode.exitCaller(className).orElse("")));
    }

    private void send(List<String> fields) {
        byte[] line = Wire.line(fields).getBytes(StandardCharsets.UTF_8);
        synchronized (control) {
            try {
                control.write(line);
                control.flush();
            } catch (IOException e) {
                // the worker is gone; nothing left to tell
            }
        }
    }
}
