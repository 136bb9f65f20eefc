package workbook.grader.broken.lesson07.files;

import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.resource.PathResourceManager;
import java.nio.file.Path;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/** Turns directory listing on: a folder without index.html shows everyone the names of its files. */
public class ListsFolders extends WorkingChatRoom {

    public ListsFolders(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    protected HttpHandler pages(Path front) {
        return Handlers.resource(new PathResourceManager(front)).setMimeMappings(types().build())
                .setDirectoryListingEnabled(true);
    }
}
