package workbook.grader.browser;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.resource.PathResourceManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Serves a run's client pages over HTTP on loopback: the grader's own pages under {@code /pages/} and the learner's
 * client folder under {@code /client/}, so a page and its script share one origin. Loaded from {@code file://},
 * Chromium would hide the script's errors ("Script error.") unless any file page may read any file, and then a
 * learner's script could read the grading machine's files and send them into its own report.
 *
 * <p>Pages are opened as {@value #HOST}, which Chromium maps to 127.0.0.1 ({@link SharedBrowser}): chromedriver
 * takes commands from any page whose origin is a loopback address, and a command that starts a "browser" of the
 * page's choosing would run a program with the grader's rights. An origin of {@value #HOST} it refuses.
 */
final class PageServer implements ExtensionContext.Store.CloseableResource {

    /** The name the pages are opened under; {@code .test} is reserved, so no real host can have it. */
    static final String HOST = "grading.test";

    private final Undertow server;
    private final URI base;

    private PageServer(Undertow server, URI base) {
        this.server = server;
        this.base = base;
    }

    /** {@code client}: the folder the learner's script is in (lesson 07: its front folder). Links are not followed. */
    static PageServer serve(Path pages, Path client) {
        Undertow server = Undertow.builder()
                .addHttpListener(0, "127.0.0.1")
                .setIoThreads(1)
                .setWorkerThreads(2)
                .setHandler(Handlers.path()
                        .addPrefixPath("/pages", Handlers.resource(new PathResourceManager(pages)))
                        .addPrefixPath("/client", Handlers.resource(new PathResourceManager(client))))
                .build();
        server.start();
        int port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        return new PageServer(server, URI.create("http://" + HOST + ":" + port + "/"));
    }

    /** A page the grader wrote into its pages folder. */
    URI page(Path page) {
        return base.resolve("pages/" + page.getFileName());
    }

    /** A file of the learner's client folder, such as {@code index.html}. */
    URI client(String file) {
        return base.resolve("client/" + file);
    }

    /** {@code url} on {@link #HOST} where it names the loopback address, such as a reference server's page. */
    static String onPageHost(String url) {
        return url.replaceFirst("^(https?://)(127\\.0\\.0\\.1|localhost)(?=[:/]|$)", "$1" + HOST);
    }

    @Override
    public void close() {
        server.stop();
    }
}
