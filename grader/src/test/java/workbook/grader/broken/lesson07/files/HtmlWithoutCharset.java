package workbook.grader.broken.lesson07.files;

import io.undertow.util.MimeMappings;
import java.nio.file.Path;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/** Keeps Undertow's default type for html, "text/html" without a charset, so a browser may garble Korean. */
public class HtmlWithoutCharset extends WorkingChatRoom {

    public HtmlWithoutCharset(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    protected MimeMappings.Builder types() {
        return MimeMappings.builder().addMapping("mjs", "text/javascript");
    }
}
