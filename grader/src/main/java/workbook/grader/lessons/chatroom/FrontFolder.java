package workbook.grader.lessons.chatroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import workbook.grader.core.server.ServerRecipe;

/**
 * The site a lesson 07 check hands to the server it starts: a front folder with a page, a script, a style sheet, a
 * module and a sub-folder without a page, and beside the folder, outside it, a secret file that no request may ever
 * reach. Every file carries a marker of its own check, so a byte that leaks is recognised.
 */
final class FrontFolder {

    static final String SECRET = "secret.txt";
    static final String SUB_FOLDER = "sub";
    static final String SUB_FILE = "notes.txt";

    private final Path front;
    private final Path secret;
    private final String secretMarker;
    private final Map<String, String> files;

    private FrontFolder(Path front, Path secret, String secretMarker, Map<String, String> files) {
        this.front = front;
        this.secret = secret;
        this.secretMarker = secretMarker;
        this.files = files;
    }

    /** Writes {@code dir/front/...} and {@code dir/secret.txt}. */
    static FrontFolder createIn(Path dir) throws IOException {
        String mark = UUID.randomUUID().toString();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.html", "<!doctype html>\n<meta charset=\"utf-8\">\n<title>채점용 페이지 " + mark + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"style.css\">\n<p>안녕하세요</p>\n<script src=\"app.js\"></script>\n");
        files.put("app.js", "console.log(\"app " + mark + "\");\n");
        files.put("style.css", "body { font-family: sans-serif; } /* " + mark + " */\n");
        files.put("module.mjs", "export const mark = \"" + mark + "\";\n");
        files.put(SUB_FOLDER + "/" + SUB_FILE, "notes " + mark + "\n");
        Path front = dir.resolve("front");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = front.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        String secretMarker = "secret-" + mark;
        Path secret = Files.writeString(dir.resolve(SECRET), secretMarker + "\n");
        return new FrontFolder(front, secret, secretMarker, files);
    }

    /** The lesson's constructor, {@code (int httpPort, int wsPort, Path frontFolder)}, with both ports 0. */
    ServerRecipe recipe() {
        return ServerRecipe.constructor(null, new Class<?>[] {int.class, int.class, Path.class}, 0, 0, front);
    }

    /** What the front folder holds at {@code relative} ("index.html", "app.js", ...). */
    String content(String relative) {
        return files.get(relative);
    }

    /** The secret file's absolute path, as an attacker who knows the disk would write it. */
    Path secret() {
        return secret.toAbsolutePath();
    }

    String secretMarker() {
        return secretMarker;
    }
}
