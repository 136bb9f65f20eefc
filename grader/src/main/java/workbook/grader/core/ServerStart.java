package workbook.grader.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import workbook.grader.core.server.InProcessServer;
import workbook.grader.core.server.InProcessServer.ServerStartException;
import workbook.grader.core.server.RemoteServer;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.core.server.ServerUnderTest;
import workbook.grader.core.server.Target;
import workbook.grader.core.words.Explain;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Steps;

/** A check's server under test: started on first use, in process or at a URL, and what else closes with it. */
final class ServerStart {

    private final Check check;
    private final Target target;
    private final List<AutoCloseable> extras = new CopyOnWriteArrayList<>();
    private ServerRecipe recipe = ServerRecipe.PORT_ONLY;
    private volatile ServerUnderTest server;

    ServerStart(Check check, Target target) {
        this.check = check;
        this.target = target;
    }

    boolean gradesRunningServer() {
        return target instanceof Target.Url;
    }

    void startWith(ServerRecipe recipe) {
        if (server != null) {
            throw new IllegalStateException("the server has already started");
        }
        this.recipe = recipe;
    }

    ServerUnderTest server() {
        if (server == null) {
            server = startServer();
        }
        return server;
    }

    /** The server if it has started; a check that failed before it needed one has none. */
    Optional<ServerUnderTest> started() {
        return Optional.ofNullable(server);
    }

    private ServerUnderTest startServer() {
        if (target instanceof Target.Url url) {
            check.journal().add(Steps.gradedRunningServer(url.webSocket()));
            return new RemoteServer(url.webSocket(), url.http());
        }
        // An isolated target's class is loaded only in the process that runs it (grade-class's sandbox), never here.
        Class<?> serverClass = target instanceof Target.Isolated ? null : loadServerClass();
        String simpleName = serverClass != null ? serverClass.getSimpleName()
                : check.lesson().className().substring(check.lesson().className().lastIndexOf('.') + 1);
        try {
            InProcessServer started = target instanceof Target.Isolated isolated
                    ? isolated.launcher().start(check.lesson(), recipe, check.startTimeout())
                    : InProcessServer.start(serverClass, recipe, check.startTimeout());
            check.journal().add(Steps.startedServer(started.description()));
            return started;
        } catch (ServerStartException e) {
            check.journal().add(Steps.builtWithPortZero(simpleName));
            if (e.getCause() instanceof UnsupportedOperationException stub) {
                throw check.diagnosis().notImplemented(stub);
            }
            throw check.report().failure(Explain.serverDidNotStart(), Explain.listensWithin(check.startTimeout()), e.reason(),
                    Explain.startHint());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the server", e);
        }
    }

    InProcessServer startAnother(ServerRecipe another, Duration timeout) throws ServerStartException, InterruptedException {
        InProcessServer started = target instanceof Target.Isolated isolated
                ? isolated.launcher().start(check.lesson(), another, timeout)
                : InProcessServer.start(loadServerClass(), another, timeout);
        closeAfterwards(started);
        return started;
    }

    void closeAfterwards(AutoCloseable resource) {
        extras.add(0, resource);
    }

    private Class<?> loadServerClass() {
        try {
            if (target instanceof Target.CompiledClasses classes) {
                return classes.load(check.lesson().className());
            }
            return ((Target.ClassOnClasspath) target).load();
        } catch (ClassNotFoundException | LinkageError e) {
            throw check.report().failure(Explain.classNotFound(), Msg.same(check.lesson().className()), Msg.same(String.valueOf(e)),
                    Explain.classNotFoundHint());
        }
    }

    /** Closes the server, then what was registered to close with it, the latest registered first. */
    void close() {
        if (server != null) {
            server.close();
        }
        for (AutoCloseable extra : extras) {
            try {
                extra.close();
            } catch (Exception e) {
                // the check is over; what would not close is not the learner's concern
            }
        }
    }
}
