package workbook.grader.lessons.redis;

import java.util.ArrayList;
import java.util.List;
import workbook.grader.core.Check;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.InProcessServer.ServerStartException;
import workbook.grader.core.wire.RefusingPort;
import workbook.grader.core.words.Msg;

/** Redis unreachable at start: the server does not start, and says which address it could not reach. */
public final class Unreachable {

    private Unreachable() {
    }

    public static void serverRefusesToStart(Check check) throws InterruptedException {
        try (RefusingPort refusing = RefusingPort.take()) {
            serverRefusesToStart(check, refusing.port());
        }
    }

    private static void serverRefusesToStart(Check check, int port) throws InterruptedException {
        String uri = "redis://127.0.0.1:" + port;
        String built = "new " + check.lesson().simpleClassName() + "(0, \"" + uri + "\")";
        check.journal().add("서버를 만들고 시작함: " + built + ", 그다음 start(). 그 포트에서는 아무것도 듣고 있지 않음",
                "built " + built + " and called start(): nothing listens on that port");
        InProcessServer started;
        try {
            started = check.startAnother(Cluster.recipe(uri), check.startTimeout());
        } catch (ServerStartException refused) {
            explainRefusal(check, refused, uri, port);
            return;
        }
        check.fail(Msg.of("Redis(" + uri + ")에 닿을 수 없는데도 서버가 시작되었습니다 (포트 " + started.port() + ").",
                        "The server started although Redis (" + uri + ") cannot be reached (it listens on port " + started.port() + ")."),
                Msg.of("서버가 시작되지 않고, 닿지 못한 주소를 말함", "the server does not start, and names the address it could not reach"),
                Msg.of("서버가 시작됨", "the server started"), RedisHints.UNREACHABLE);
    }

    private static void explainRefusal(Check check, ServerStartException refused, String uri, int port) {
        Throwable cause = refused.getCause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException stub) {
                check.fail(Msg.of("아직 구현하지 않았습니다: 서버를 만들다가 스텁의 예외가 났습니다 (" + stub.getMessage() + ").",
                                "Not implemented yet: building the server threw the stub's exception (" + stub.getMessage() + ")."),
                        Msg.of("서버가 시작되지 않고, 닿지 못한 주소를 말함", "the server does not start, and names the address it could not reach"),
                        Msg.of("스텁의 UnsupportedOperationException", "the stub's UnsupportedOperationException"), RedisHints.UNREACHABLE);
            }
        }
        List<String> words = new ArrayList<>();
        words.add(refused.reason().en());
        for (Throwable t = cause; t != null; t = t.getCause()) {
            words.add(String.valueOf(t.getMessage()));
        }
        String said = String.join(" / ", words);
        check.journal().add(Msg.of("서버가 시작되지 않음: ", "the server did not start: ").plus(refused.reason()));
        boolean named = words.stream().anyMatch(w -> w.contains(String.valueOf(port))
                && (w.contains("127.0.0.1") || w.contains("localhost")));
        if (!named) {
            check.fail(Msg.of("서버는 시작되지 않았지만, 어느 Redis 주소에 닿지 못했는지 말하지 않습니다.",
                            "The server did not start, but it does not say which Redis address it could not reach."),
                    Msg.of("오류 메시지에 " + uri + " (또는 127.0.0.1:" + port + ")", "an error message that holds " + uri
                            + " (or 127.0.0.1:" + port + ")"),
                    Msg.same(said), RedisHints.UNREACHABLE);
        }
    }
}
