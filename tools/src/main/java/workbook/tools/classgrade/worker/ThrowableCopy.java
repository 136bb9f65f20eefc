package workbook.tools.classgrade.worker;

import java.util.List;

/**
 * A throwable the harness described (class name, message, stack), rebuilt in the worker without loading any class
 * of the submission: a JDK exception becomes itself, anything else a {@link Reported} that prints as the original.
 */
final class ThrowableCopy {

    private ThrowableCopy() {
    }

    static Throwable of(List<String> fields) {
        String className = fields.get(0);
        String message = fields.size() > 1 && !fields.get(1).equals("\u0000") ? fields.get(1) : null;
        Throwable copy = jdkThrowable(className, message);
        if (copy == null) {
            copy = new Reported(className, message);
        }
        StackTraceElement[] stack = new StackTraceElement[Math.max(0, fields.size() - 2)];
        for (int i = 2; i < fields.size(); i++) {
            String[] parts = fields.get(i).split("\u0001", -1);
            int line = parts.length > 3 ? parseOr(parts[3]) : -1;
            stack[i - 2] = new StackTraceElement(parts[0], parts.length > 1 ? parts[1] : "?",
                    parts.length > 2 && !parts[2].isEmpty() ? parts[2] : null, line);
        }
        copy.setStackTrace(stack);
        return copy;
    }

    /** Only classes of the JDK's own java.* packages, loaded by the platform: never code from the submission. */
    private static Throwable jdkThrowable(String className, String message) {
        if (!className.startsWith("java.")) {
            return null;
        }
        try {
            Class<?> type = Class.forName(className, false, ClassLoader.getPlatformClassLoader());
            if (!Throwable.class.isAssignableFrom(type) || type.getClassLoader() != null) {
                return null;
            }
            return (Throwable) type.getConstructor(String.class).newInstance(message);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static int parseOr(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A throwable of a class the worker does not load; prints as {@code original.Class: message}. */
    static final class Reported extends RuntimeException {
        private final String className;

        Reported(String className, String message) {
            super(message);
            this.className = className;
        }

        @Override
        public String toString() {
            return getMessage() == null ? className : className + ": " + getMessage();
        }
    }
}
