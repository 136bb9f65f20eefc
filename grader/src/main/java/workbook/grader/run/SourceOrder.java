package workbook.grader.run;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.MethodDescriptor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Checks in the order their class declares them, the teaching order (JUnit's default order is a hash). A class
 * file keeps its methods in source order, so that order is read from it; a checks class's inherited rules come
 * before its own. Leaves the execution mode to the run (in-process checks still run side by side).
 */
public final class SourceOrder implements MethodOrderer {

    private static final Map<Class<?>, List<String>> DECLARED = new ConcurrentHashMap<>();

    @Override
    public void orderMethods(MethodOrdererContext context) {
        context.getMethodDescriptors().sort(Comparator
                .comparingInt((MethodDescriptor d) -> depth(d.getMethod().getDeclaringClass()))
                .thenComparingInt(d -> position(d.getMethod())));
    }

    @Override
    public Optional<ExecutionMode> getDefaultExecutionMode() {
        return Optional.empty();
    }

    private static int depth(Class<?> type) {
        int depth = 0;
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            depth++;
        }
        return depth;
    }

    private static int position(Method method) {
        int at = DECLARED.computeIfAbsent(method.getDeclaringClass(), SourceOrder::methodNames).indexOf(method.getName());
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** The names of a class's methods as its class file lists them; empty when the file cannot be read. */
    static List<String> methodNames(Class<?> type) {
        String file = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader() : type.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(file)) {
            return in == null ? List.of() : read(new DataInputStream(in));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> read(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.readUnsignedShort(); // access
        in.readUnsignedShort(); // this
        in.readUnsignedShort(); // super
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        List<String> names = new ArrayList<>(methods);
        for (int m = 0; m < methods; m++) {
            in.readUnsignedShort();
            names.add(utf8[in.readUnsignedShort()]);
            in.readUnsignedShort();
            skipAttributes(in);
        }
        return names;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt() & 0xffffffffL);
        }
    }
}
