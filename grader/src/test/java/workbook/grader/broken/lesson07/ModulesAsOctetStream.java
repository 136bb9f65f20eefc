package workbook.grader.broken.lesson07;

import io.undertow.util.MimeMappings;
import java.nio.file.Path;

/** Keeps Undertow's default MIME types, which lack mjs: a module script goes out as application/octet-stream. */
public class ModulesAsOctetStream extends WorkingChatRoom {

    public ModulesAsOctetStream(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    protected MimeMappings.Builder types() {
        return MimeMappings.builder().addMapping("html", "text/html; charset=UTF-8");
    }
}
