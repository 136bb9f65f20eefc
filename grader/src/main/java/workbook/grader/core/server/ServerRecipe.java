package workbook.grader.core.server;

import java.util.Arrays;
import java.util.List;
import workbook.support.LessonServer;

/** How to build a lesson's server from its class: which constructor, which arguments (always port 0). */
@FunctionalInterface
public interface ServerRecipe {

    LessonServer create(Class<?> serverClass) throws ReflectiveOperationException;

    /** The constructor every lesson from 01 to 05 has: {@code (int port)}. */
    ServerRecipe PORT_ONLY = constructor(null, new Class<?>[] {int.class}, 0);

    /**
     * A recipe written as data, so that it can also be carried to a server started in another process (grade-class's
     * sandbox): a public constructor of the lesson's class, or of {@code variant}, a class of the same package.
     * Arguments may be int, long, boolean, String, {@link java.time.Duration} or {@link java.nio.file.Path}.
     */
    static ServerRecipe constructor(String variant, Class<?>[] types, Object... args) {
        return new Constructor(variant, List.of(types), Arrays.asList(args));
    }

    /** See {@link #constructor}. {@code variant} is a simple class name, or null for the lesson's own class. */
    record Constructor(String variant, List<Class<?>> types, List<Object> args) implements ServerRecipe {
        @Override
        public LessonServer create(Class<?> serverClass) throws ReflectiveOperationException {
            Class<?> built = variant == null ? serverClass
                    : Class.forName(serverClass.getPackageName() + "." + variant, true, serverClass.getClassLoader());
            return (LessonServer) built.getConstructor(types.toArray(Class<?>[]::new)).newInstance(args.toArray());
        }
    }
}
