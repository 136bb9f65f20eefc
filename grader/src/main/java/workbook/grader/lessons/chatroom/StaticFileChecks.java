package workbook.grader.lessons.chatroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.Check;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.grader.core.wire.RawHttp;
import workbook.grader.core.wire.RawHttp.Reply;

/** Task 1 of lesson 07: the front folder served over HTTP, each file with its content type, and nothing listed. */
abstract class StaticFileChecks {

    private static final Set<String> SCRIPT_TYPES = Set.of("text/javascript", "application/javascript");
    /** A script or style sheet a page links by a relative path: src="app.js", href="./css/style.css". */
    private static final Pattern LINKED_FILE = Pattern.compile("(?:src|href)\\s*=\\s*[\"']([^\"':?#]+\\.(?:m?js|css))[\"']");
    /** Files a Node.js project (package.json, index.js) or this workbook (pom.xml) keeps above its page folder. */

    /** The files the check's server serves (unused when grading a running server). */
    abstract FrontFolder site();

    @Test
    @DisplayName("루트(/) 요청에는 index.html 을 text/html; charset=UTF-8 로 돌려준다 / GET / answers index.html as text/html; charset=UTF-8")
    void indexAtRoot(Check check) {
        RawHttp http = new RawHttp(check);
        Reply page = servedPage(check, http);
        if (!page.mediaType().equals("text/html") || !"utf-8".equals(page.charset())) {
            throw check.failed(Msg.of("GET / 의 Content-Type 이 다릅니다.", "GET / came with another Content-Type."),
                    Msg.same("Content-Type: text/html; charset=UTF-8"), page.describe(), Msg.of(
                            "MimeMappings 에서 html 을 \"text/html; charset=UTF-8\" 로 정하세요. charset 이 없으면 브라우저가 한글을 깨뜨릴 수 있습니다.",
                            "Map html to \"text/html; charset=UTF-8\" in MimeMappings; without the charset a browser may garble Korean."));
        }
        if (!check.gradesRunningServer() && !page.text().equals(site().content("index.html"))) {
            throw check.failed(Msg.of("GET / 의 본문이 front 폴더의 index.html 이 아닙니다.", "GET / did not answer the front folder's index.html."),
                    Msg.of("index.html 의 내용 ", "the content of index.html, ").plus(Msg.same(Quote.text(site().content("index.html")))),
                    page.describe(), Msg.of("생성자가 받은 frontFolder 를 PathResourceManager 에 넘기나요? index.html 이 환영 파일입니다.",
                            "Do you hand the constructor's frontFolder to the PathResourceManager? index.html is its welcome file."));
        }
    }

    @Test
    @DisplayName("스크립트, 스타일, 모듈은 제 Content-Type 으로 간다 / Scripts, styles and modules come with their content types")
    void contentTypes(Check check) {
        RawHttp http = new RawHttp(check);
        Reply page = servedPage(check, http);
        List<String> files = check.gradesRunningServer() ? linkedFiles(page.text()) : List.of("app.js", "style.css", "module.mjs");
        check.skipIf(files.isEmpty(), Msg.of("실행 중인 서버의 페이지가 자기 .js, .mjs, .css 파일을 링크하지 않습니다", "the running server's page links no .js, .mjs or .css file of its own"));
        for (String file : files) {
            Reply reply = http.get("/" + file);
            boolean script = file.endsWith(".js") || file.endsWith(".mjs");
            String wanted = script ? "text/javascript" : "text/css";
            boolean typeOk = script ? SCRIPT_TYPES.contains(reply.mediaType()) : reply.mediaType().equals("text/css");
            boolean charsetOk = reply.charset() == null || reply.charset().equals("utf-8");
            if (reply.status() != 200 || !typeOk || !charsetOk) {
                throw check.failed(Msg.of("/" + file + " 이(가) 제 Content-Type 으로 오지 않았습니다.",
                                "/" + file + " did not come with its content type."),
                        Msg.same("200 OK, Content-Type: " + wanted),
                        reply.describe(), file.endsWith(".mjs") ? Msg.of(
                                "Undertow 의 기본 MimeMappings 에는 mjs 가 없어 application/octet-stream 으로 나갑니다. 브라우저는 그런 모듈 스크립트를 실행하지 않습니다: addMapping(\"mjs\", \"text/javascript\").",
                                "Undertow's default MimeMappings lack mjs, which then goes out as application/octet-stream, and a browser refuses to run such a module script: addMapping(\"mjs\", \"text/javascript\").")
                                : Msg.of("ResourceHandler 는 파일 확장자로 MimeMappings 에서 Content-Type 을 고릅니다. Content-Type 을 직접 정하고 있지 않나요?",
                                        "A ResourceHandler picks the Content-Type from MimeMappings by the file's extension. Do you set Content-Type yourself?"));
            }
            if (!check.gradesRunningServer() && !reply.text().equals(site().content(file))) {
                throw check.failed(Msg.of("/" + file + " 의 본문이 front 폴더의 파일과 다릅니다.", "/" + file + " is not the front folder's file."),
                        Msg.same(Quote.text(site().content(file))), reply.describe(), FolderEscapeChecks.ESCAPE_HINT);
            }
        }
    }

    @Test
    @DisplayName("없는 경로는 404 / An unknown path is 404")
    void unknownPath(Check check) {
        RawHttp http = new RawHttp(check);
        servedPage(check, http);
        Reply reply = http.get("/no-such-page-" + UUID.randomUUID() + ".html");
        if (reply.status() != 404) {
            throw check.failed(Msg.of("없는 파일을 요청했는데 404 가 아닙니다.", "A file that does not exist was not answered 404."),
                    Msg.same("404 Not Found"), reply.describe(), Msg.of(
                            "모든 요청에 index.html 을 주거나 200 으로 답하고 있지 않나요? ResourceHandler 는 없는 파일에 404 로 답합니다.",
                            "Do you answer every request with index.html or 200? A ResourceHandler answers 404 for a missing file."));
        }
    }

    @Test
    @DisplayName("폴더의 목록을 보여 주지 않는다 / A folder's listing is never shown")
    void noDirectoryListing(Check check) {
        check.onlyInProcess(Msg.of("채점기가 만든 폴더가 필요해서, 채점기가 시작한 서버에서만 검사합니다", "needs a folder the grader made, so only on a server the grader starts"));
        RawHttp http = new RawHttp(check);
        servedPage(check, http);
        Reply reply = http.get("/" + FrontFolder.SUB_FOLDER + "/");
        if ((reply.status() != 403 && reply.status() != 404) || reply.contains(FrontFolder.SUB_FILE)) {
            Msg listed = reply.contains(FrontFolder.SUB_FILE)
                    ? Msg.of(" 답에 그 폴더의 파일 이름 " + FrontFolder.SUB_FILE + " 이(가) 보입니다.",
                            " The answer names " + FrontFolder.SUB_FILE + ", a file in that folder.")
                    : Msg.same("");
            throw check.failed(Msg.of("index.html 이 없는 폴더에 403 이나 404 가 아닌 답이 왔습니다 (목록을 보여 주면 안 됩니다).",
                            "A folder without index.html was not answered 403 or 404 (its listing must never be shown).").plus(listed),
                    Msg.same("403 Forbidden / 404 Not Found"), reply.describe(), Msg.of(
                            "setDirectoryListingEnabled(true) 를 부르고 있나요? 목록은 서버에 있는 파일 이름을 모두에게 보여 줍니다.",
                            "Do you call setDirectoryListingEnabled(true)? A listing shows everyone the names of the files on the server."));
        }
    }

    /** GET / must answer the page before anything else about HTTP is worth checking. */
    static Reply servedPage(Check check, RawHttp http) {
        Reply page = http.get("/");
        if (page.status() == 501) {
            throw check.failed(Msg.of("아직 구현하지 않았습니다: HTTP 쪽이 GET / 에 501 Not Implemented 로 답합니다 (" + Quote.text(page.text()) + ").",
                            "Not implemented yet: the HTTP side answers GET / with 501 Not Implemented (" + Quote.text(page.text()) + ")."),
                    Msg.same("200 OK, Content-Type: text/html; charset=UTF-8"), page.describe(), Msg.of(
                            "staticFiles 의 TODO 를 따라 ResourceHandler 를 돌려주세요.", "Follow the TODO in staticFiles and return a ResourceHandler."));
        }
        if (page.status() != 200) {
            throw check.failed(Msg.of("GET / 이(가) 페이지를 돌려주지 않았습니다.", "GET / did not answer the page."),
                    Msg.same("200 OK, Content-Type: text/html; charset=UTF-8"), page.describe(), Msg.of(
                            "PathResourceManager 에 front 폴더를 넘겼나요? 그 폴더에 index.html 이 있나요?",
                            "Did you hand the front folder to the PathResourceManager? Is index.html in it?"));
        }
        return page;
    }

    /** Scripts and styles the page links by a relative path ("app.js", "./css/style.css"). */
    static List<String> linkedFiles(String page) {
        List<String> files = new ArrayList<>();
        Matcher link = LINKED_FILE.matcher(page);
        while (link.find()) {
            String file = link.group(1).replaceFirst("^\\./", "").replaceFirst("^/", "");
            if (!file.contains("..") && !files.contains(file)) {
                files.add(file);
            }
        }
        return files;
    }
}
