package workbook.grader.browser;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.handlers.resource.PathResourceManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import workbook.grader.core.TempFolders;

/**
 * Serves a run's client pages over HTTP on loopback: the grader's own pages under {@code /pages/} and the learner's
 * client folder under {@code /client/}, so a page and its script share one origin. Loaded from {@code file://},
 * Chromium would hide the script's errors ("Script error.") unless any file page may read any file, and then a
 * learner's script could read the grading machine's files and send them into its own report.
 *
 * <p>Pages are opened as {@value #HOST}, which Chromium maps to 127.0.0.1 ({@link SharedBrowser}): chromedriver
 * takes commands from any page whose origin is a loopback address, and a command that starts a "browser" of the
 * page's choosing would run a program with the grader's rights. An origin of {@value #HOST} it refuses.
 *
 * @param pagesFolder the temporary folder the grader writes its pages into, deleted on {@link #close()}
 */
record PageServer(Undertow server, URI base, Path pagesFolder) implements ExtensionContext.Store.CloseableResource {

    /** The name the pages are opened under; {@code .test} is reserved, so no real host can have it. */
    static final String HOST = "grading.test";

    /**
     * {@code client}: the folder the learner's script is in (lesson 07: its front folder). Links are not followed.
     * The grader's pages go into a temporary folder of this server's own, deleted when it closes.
     */
    static PageServer serve(Path client) {
        Path pages = TempFolders.create("workbook-client-pages-");
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
        return new PageServer(server, URI.create("http://" + HOST + ":" + port + "/"), pages);
    }

    /** A page the grader wrote into {@link #pagesFolder()}. */
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
        TempFolders.delete(pagesFolder);
    }
}
