package workbook.grader.core.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import workbook.grader.core.lesson.Lessons.Lesson;
import workbook.grader.core.server.InProcessServer.ServerStartException;

/**
 * Starts a lesson's server somewhere else than in the grader's JVM, for the target {@code isolated:KEY}: grade-class
 * registers one under a key per submission, and the checks of that submission start their servers through it.
 */
@FunctionalInterface
public interface ServerLauncher {

    InProcessServer start(Lesson lesson, ServerRecipe recipe, Duration timeout) throws ServerStartException, InterruptedException;

    Map<String, ServerLauncher> REGISTERED = new ConcurrentHashMap<>();

    static void register(String key, ServerLauncher launcher) {
        REGISTERED.put(key, launcher);
    }

    static void unregister(String key) {
        REGISTERED.remove(key);
    }

    static ServerLauncher named(String key) {
        ServerLauncher launcher = REGISTERED.get(key);
        if (launcher == null) {
            throw new IllegalArgumentException("no server launcher registered as '" + key + "'");
        }
        return launcher;
    }
}
