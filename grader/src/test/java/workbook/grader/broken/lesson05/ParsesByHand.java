package workbook.grader.broken.lesson05;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;

/** Cuts the fields out of the text with patterns instead of a JSON library: escapes stay as they were typed. */
public class ParsesByHand extends WorkingChannels {
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern CHANNEL = Pattern.compile("\"channel\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern CONTENT = Pattern.compile("\"content\"\\s*:\\s*\"(.*)\"\\s*}");

    public ParsesByHand(int port) {
        super(port);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        Matcher type = TYPE.matcher(message);
        Matcher channel = CHANNEL.matcher(message);
        if (!channel.find()) {
            reject(conn, "no channel");
            return;
        }
        if (type.find() && type.group(1).equals("subscribe")) {
            subscribe(conn, channel.group(1));
            return;
        }
        Matcher content = CONTENT.matcher(message);
        if (!content.find()) {
            reject(conn, "no content");
            return;
        }
        publish(channel.group(1), content.group(1));
    }
}
