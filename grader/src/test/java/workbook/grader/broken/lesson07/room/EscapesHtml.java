package workbook.grader.broken.lesson07.room;

import java.nio.file.Path;
import workbook.grader.broken.lesson07.WorkingChatRoom;

/** HTML-escapes every chat line before sending it, as if the server had to protect the page: &lt;b&gt; arrives. */
public class EscapesHtml extends WorkingChatRoom {

    public EscapesHtml(int httpPort, int wsPort, Path front) {
        super(httpPort, wsPort, front);
    }

    @Override
    protected void sendToRoom(String text) {
        super.sendToRoom(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }
}
