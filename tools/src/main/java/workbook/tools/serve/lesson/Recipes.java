package workbook.tools.serve.lesson;

import java.nio.file.Path;
import java.time.Duration;
import workbook.grader.core.server.ServerRecipe;
import workbook.grader.lessons.redis.Cluster;
import workbook.support.LessonServer;

/**
 * Builds a lesson's server from the constructor its class has, always on port 0:
 * {@code (int port)} for lessons 01-05, {@code (int port, Duration period)} for 06 (and 08, whose heartbeat interval
 * is serve's period too),
 * {@code (int httpPort, int wsPort, Path frontFolder)} for 07, {@code (int port, String redisUri)} for 09.
 */
final class Recipes {

    static final String SHAPES = "(int port), (int port, Duration period), (int httpPort, int wsPort, Path frontFolder),"
            + " (int port, String redisUri)";

    private Recipes() {
    }

    /** The richest constructor wins: lesson 06 also has {@code (int port)}, which would ignore serve's period. */
    static ServerRecipe forClass(Class<?> serverClass, Duration period, Path frontFolder) throws NoSuchMethodException {
        return forClass(serverClass, period, frontFolder, null);
    }

    /** Lesson 09's instances are built with a Redis address ({@code redisUri}, null when serve has none). */
    static boolean needsRedis(Class<?> serverClass) {
        return has(serverClass, int.class, String.class);
    }

    static ServerRecipe forClass(Class<?> serverClass, Duration period, Path frontFolder, String redisUri)
            throws NoSuchMethodException {
        if (needsRedis(serverClass) && redisUri != null) {
            return Cluster.recipe(redisUri);
        }
        if (has(serverClass, int.class, int.class, Path.class)) {
            return c -> (LessonServer) c.getConstructor(int.class, int.class, Path.class).newInstance(0, 0, frontFolder);
        }
        if (has(serverClass, int.class, Duration.class)) {
            return c -> (LessonServer) c.getConstructor(int.class, Duration.class).newInstance(0, period);
        }
        if (has(serverClass, int.class)) {
            return ServerRecipe.PORT_ONLY;
        }
        throw new NoSuchMethodException(serverClass.getSimpleName() + " has none of the constructors " + SHAPES);
    }

    private static boolean has(Class<?> type, Class<?>... parameters) {
        try {
            type.getConstructor(parameters);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
