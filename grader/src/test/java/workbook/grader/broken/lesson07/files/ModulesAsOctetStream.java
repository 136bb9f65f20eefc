package workbook.grader.broken.lesson07.files;

import io.undertow.util.MimeMappings;
import java.nio.file.Path;
import workbook.grader.broken.lesson07.WorkingChatRoom;

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
