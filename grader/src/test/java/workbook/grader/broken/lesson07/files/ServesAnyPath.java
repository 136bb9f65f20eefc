package workbook.grader.broken.lesson07.files;

import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/**
 * Serves files with a handler of its own that joins the request's path to the folder as it is, decoded once more
 * for good measure: "/../secret.txt" and "//etc/passwd" walk straight out of the folder.
 */
public class ServesAnyPath extends WorkingChatRoom {

    public ServesAnyPath(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    protected HttpHandler pages(Path front) {
        return exchange -> {
            String path = URLDecoder.decode(exchange.getRelativePath(), StandardCharsets.UTF_8);
            Path file = path.equals("/") ? front.resolve("index.html") : front.resolve(path.substring(1));
            if (!Files.isRegularFile(file)) {
                exchange.setStatusCode(404);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            String type = types().build().getMimeType(extension);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type == null ? "application/octet-stream" : type);
            exchange.getResponseSender().send(ByteBuffer.wrap(Files.readAllBytes(file)));
        };
    }
}
