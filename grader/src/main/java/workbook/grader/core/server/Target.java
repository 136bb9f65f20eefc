package workbook.grader.core.server;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a run of checks grades. Written in the {@code workbook.target} parameter as one of:
 * {@code classes:DIR} (compiled lesson classes, loaded fresh for every check), {@code class:NAME} (a class already on
 * the classpath: the grader's own broken servers) or {@code url:ws://HOST:PORT} (a running server, any language;
 * {@code workbook.http} adds its HTTP address).
 */
public sealed interface Target {

    String PARAMETER = "workbook.target";
    String HTTP_PARAMETER = "workbook.http";

    static Target parse(String value, String http) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no target: set " + PARAMETER
                    + " to classes:DIR, class:NAME or url:ws://HOST:PORT (./workbook check does this for you)");
        }
        if (value.startsWith("classes:")) {
            Path dir = Path.of(value.substring("classes:".length()));
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no such folder of classes: " + dir);
            }
            return new CompiledClasses(dir);
        }
        if (value.startsWith("class:")) {
            return new ClassOnClasspath(value.substring("class:".length()));
        }
        if (value.startsWith("isolated:")) {
            return new Isolated(value.substring("isolated:".length()));
        }
        if (value.startsWith("url:")) {
            return new Url(webSocketUri(value.substring("url:".length())), Optional.ofNullable(http)
                    .filter(h -> !h.isBlank()).map(Target::httpUri));
        }
        throw new IllegalArgumentException("unknown target '" + value + "': use classes:DIR, class:NAME or url:ws://HOST:PORT");
    }

    /** The target text of compiled lesson classes in {@code dir}, which {@link #parse} reads as {@link CompiledClasses}. */
    static String classes(Path dir) {
        return "classes:" + dir;
    }

    /** The target text of a running server, which {@link #parse} reads as a {@link Url}. */
    static String url(URI webSocket) {
        return "url:" + webSocket;
    }

    /** The target text of servers a {@link ServerLauncher} registered under {@code key} starts. */
    static String isolated(String key) {
        return "isolated:" + key;
    }

    /** Checks a URL the way a learner types it and says what is wrong with it. */
    static URI webSocketUri(String text) {
        return uriOfScheme(text, "ws", "a ws:// URL", "ws://localhost:8080");
    }

    static URI httpUri(String text) {
        return uriOfScheme(text, "http", "an http:// URL", "http://localhost:8000");
    }

    private static URI uriOfScheme(String text, String wanted, String what, String example) {
        URI uri = parseUri(text);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals(wanted)) {
            throw new IllegalArgumentException("'" + text + "' is not " + what + " (for example " + example + ")"
                    + " / " + wanted + ":// 주소가 아닙니다 (예: " + example + ")");
        }
        requireHostAndPort(text, uri);
        return uri;
    }

    private static URI parseUri(String text) {
        try {
            return new URI(text.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getReason() + " / 올바른 주소가 아닙니다");
        }
    }

    private static void requireHostAndPort(String text, URI uri) {
        if (uri.getHost() == null || uri.getPort() <= 0) {
            throw new IllegalArgumentException("'" + text + "' needs a host and a port, such as localhost:8080"
                    + " / 호스트와 포트가 필요합니다 (예: localhost:8080)");
        }
    }

    /** Compiled lesson classes in a folder; each check gets a class loader of its own, so no state leaks between. */
    record CompiledClasses(Path dir) implements Target {
        public Class<?> load(String className) throws ClassNotFoundException {
            try {
                URLClassLoader loader = new URLClassLoader("lesson-classes", new URL[] {dir.toUri().toURL()},
                        Target.class.getClassLoader());
                return Class.forName(className, true, loader);
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A server class the grader's own classpath holds (the deliberately broken servers of the self-tests). */
    record ClassOnClasspath(String className) implements Target {
        public Class<?> load() throws ClassNotFoundException {
            return Class.forName(className, true, Target.class.getClassLoader());
        }
    }

    record Url(URI webSocket, Optional<URI> http) implements Target {
    }

    /** Servers started by a {@link ServerLauncher} registered under {@code key}: grade-class's sandboxed harness. */
    record Isolated(String key) implements Target {
        public ServerLauncher launcher() {
            return ServerLauncher.named(key);
        }
    }
}
