package workbook.grader.core;

import workbook.support.LessonServer;

/** How to build a lesson's server from its class: which constructor, which arguments (always port 0). */
@FunctionalInterface
public interface ServerRecipe {

    LessonServer create(Class<?> serverClass) throws ReflectiveOperationException;

    /** The constructor every lesson from 01 to 05 has: {@code (int port)}. */
    ServerRecipe PORT_ONLY = serverClass -> (LessonServer) serverClass.getConstructor(int.class).newInstance(0);
}
