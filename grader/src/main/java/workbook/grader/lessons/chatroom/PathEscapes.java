package workbook.grader.lessons.chatroom;

import java.util.ArrayList;
import java.util.List;
import workbook.grader.core.words.Msg;

/**
 * Request targets that try to reach a file outside the served folder, written as an attacker writes them. A client
 * library would tidy most of them away before sending; the grader sends them byte for byte.
 */
final class PathEscapes {

    /** A line of /etc/passwd that no page contains: the root user's ids. */
    static final Outside PASSWD = new Outside("/etc/passwd", 0, ":0:0:", Msg.of("시스템 파일 /etc/passwd", "the system file /etc/passwd"));
    /**
     * How many folders every escape climbs toward /etc/passwd: from any folder a server is likely to serve, that
     * reaches the root of the disk (a path that climbs past the root stays there). A grader of a running server does
     * not know where its folder is, so one level up is not enough.
     */
    static final int LEVELS_TO_THE_ROOT = 12;
    static final Outside PASSWD_FROM_ANYWHERE = new Outside("etc/passwd", LEVELS_TO_THE_ROOT, PASSWD.marker(), PASSWD.what());

    /** A file outside the served folder: its name, how many folders above the served one it is, and text only it holds. */
    record Outside(String name, int levels, String marker, Msg what) {
    }

    /** One way of writing "up one folder": the target is {@code prefix}, {@code step} (levels + extra) times, the name. */
    record Escape(String prefix, String step, int extra) {
        String target(Outside file) {
            return prefix + step.repeat(file.levels() + extra) + file.name();
        }
    }

    static final List<Escape> PLAIN = List.of(
            new Escape("/", "../", 0),
            new Escape("/./", "../", 0),
            new Escape("/" + FrontFolder.SUB_FOLDER + "/", "../", 1));

    static final List<Escape> PERCENT_ENCODED = List.of(
            new Escape("/", "%2e%2e/", 0),
            new Escape("/", "%2E%2E/", 0),
            new Escape("/", ".%2e/", 0),
            new Escape("/", "%2e./", 0),
            new Escape("/", "%252e%252e/", 0));

    static final List<Escape> ENCODED_SEPARATORS = List.of(
            new Escape("/", "..%2f", 0),
            new Escape("/", "..%2F", 0),
            new Escape("/", "%2e%2e%2f", 0),
            new Escape("/", "..%5c", 0),
            new Escape("/", "..%255c", 0),
            new Escape("/" + FrontFolder.SUB_FOLDER + "/..;/", "../", 0));

    private PathEscapes() {
    }

    /** Every escape of {@code escapes} aimed at every file of {@code files}, and at /etc/passwd from twelve levels down. */
    static List<String> targets(List<Escape> escapes, List<Outside> files) {
        List<String> targets = new ArrayList<>();
        for (Escape escape : escapes) {
            for (Outside file : files) {
                targets.add(escape.target(file));
            }
            targets.add(escape.target(PASSWD_FROM_ANYWHERE));
        }
        return targets;
    }

    /**
     * Absolute paths of files on the disk, and absolute-form request targets ({@code GET http://host/../x}), which a
     * server must treat as its own paths.
     */
    static List<String> absolute(List<Outside> files, String authority, String secretOnDisk) {
        List<String> targets = new ArrayList<>();
        targets.add("/" + PASSWD.name());
        targets.add("/%2F" + PASSWD.name().substring(1));
        if (secretOnDisk != null) {
            targets.add("/" + secretOnDisk);
            targets.add("/%2F" + secretOnDisk.substring(1));
        }
        for (Outside file : files) {
            targets.add("http://" + authority + "/" + "../".repeat(file.levels()) + file.name());
        }
        targets.add("http://" + authority + "/" + "../".repeat(LEVELS_TO_THE_ROOT) + PASSWD_FROM_ANYWHERE.name());
        return targets;
    }
}
