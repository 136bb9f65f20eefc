package workbook.grader.lessons;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.grader.core.Check;
import workbook.grader.core.LessonChecks;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.wire.RawHttp;
import workbook.grader.core.wire.RawHttp.Reply;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.grader.lessons.PathEscapes.Outside;
import workbook.grader.lessons.common.CommonRules;
import workbook.grader.lessons.common.Delivery;
import workbook.grader.lessons.common.ExactText;
import workbook.grader.lessons.room.Bystanders;

@LessonChecks
@DisplayName("07 정적 페이지와 입장·퇴장 알림 / 07 Static page with join and leave counts")
public class ChatRoomChecks {

    private static final Set<String> SCRIPT_TYPES = Set.of("text/javascript", "application/javascript");
    /** A script or style sheet a page links by a relative path: src="app.js", href="./css/style.css". */
    private static final Pattern LINKED_FILE = Pattern.compile("(?:src|href)\\s*=\\s*[\"']([^\"':?#]+\\.(?:m?js|css))[\"']");
    /** Files a Node.js project (package.json, index.js) or this workbook (pom.xml) keeps above its page folder. */
    private static final List<Outside> BESIDE_A_RUNNING_SERVER = List.of(
            new Outside("package.json", 1, "\"name\":", Msg.of("프로젝트의 package.json", "the project's package.json")),
            new Outside("index.js", 1, "require(", Msg.of("서버 코드 index.js", "the server's code, index.js")),
            new Outside("pom.xml", 2, "<project", Msg.of("워크북의 pom.xml", "the workbook's pom.xml")));
    private static final Msg ESCAPE_HINT = Msg.of(
            "요청 경로로 파일 경로를 직접 만들고 있나요? Undertow 의 PathResourceManager 에 맡기세요: 그 폴더 밖으로는 나가지 않습니다.",
            "Do you build the file's path from the request's path yourself? Leave it to Undertow's PathResourceManager: it never leaves its folder.");
    private static final Msg ERROR_HINT = Msg.of(
            "JSON.readTree 가 던지는 예외를 잡고, name 과 message 를 확인한 뒤, 문제가 있으면 conn.send(\"Error: ...\") 로 보낸 사람에게만 알리세요.",
            "Catch what JSON.readTree throws, check name and message, and when something is wrong tell the sender alone with conn.send(\"Error: ...\").");

    private static final int BYSTANDERS = 50;
    private static final int BURSTS = 3;
    private static final int BURST_SIZE = 20;

    /** The files this check's server serves (unused when grading a running server). */
    FrontFolder site;
    /** The check's view of the chat room: who is in it, and so who must hear what. */
    final ChatRoom room = new ChatRoom();

    @BeforeEach
    void buildTheSite(Check check, @TempDir Path dir) throws IOException {
        site = FrontFolder.createIn(dir);
        check.startWith(site.recipe());
    }

    @Nested
    @Tag("task:1")
    @DisplayName("과제 1 · front 폴더를 Undertow 로 내준다 / Task 1 · Serve the front folder with Undertow")
    class Task1 {

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
            if (!check.gradesRunningServer() && !page.text().equals(site.content("index.html"))) {
                throw check.failed(Msg.of("GET / 의 본문이 front 폴더의 index.html 이 아닙니다.", "GET / did not answer the front folder's index.html."),
                        Msg.of("index.html 의 내용 ", "the content of index.html, ").plus(Msg.same(Quote.text(site.content("index.html")))),
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
                if (!check.gradesRunningServer() && !reply.text().equals(site.content(file))) {
                    throw check.failed(Msg.of("/" + file + " 의 본문이 front 폴더의 파일과 다릅니다.", "/" + file + " is not the front folder's file."),
                            Msg.same(Quote.text(site.content(file))), reply.describe(), ESCAPE_HINT);
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
    }

    @Nested
    @Tag("task:2")
    @DisplayName("과제 2 · 어떤 경로로도 front 폴더 밖의 파일을 내주지 않는다 / Task 2 · No path leaves the front folder")
    class Task2 {

        @Test
        @DisplayName("있는 그대로의 .. 로는 나갈 수 없다 / Plain .. segments cannot leave the folder")
        void plainDots(Check check) {
            requireNoEscape(check, PathEscapes.targets(PathEscapes.PLAIN, outsideFiles(check)));
        }

        @Test
        @DisplayName("퍼센트 인코딩한 .. 로는 나갈 수 없다 / Percent-encoded .. cannot leave the folder")
        void percentEncodedDots(Check check) {
            requireNoEscape(check, PathEscapes.targets(PathEscapes.PERCENT_ENCODED, outsideFiles(check)));
        }

        @Test
        @DisplayName("인코딩한 슬래시, 역슬래시, 세미콜론으로는 나갈 수 없다 / Encoded slashes, backslashes and semicolons cannot leave the folder")
        void encodedSeparators(Check check) {
            requireNoEscape(check, PathEscapes.targets(PathEscapes.ENCODED_SEPARATORS, outsideFiles(check)));
        }

        @Test
        @DisplayName("절대 경로와 절대 URL 로는 나갈 수 없다 / Absolute paths and absolute URLs cannot leave the folder")
        void absolutePaths(Check check) {
            RawHttp http = new RawHttp(check);
            String authority = http.address().getHost() + ":" + http.address().getPort();
            String secretOnDisk = check.gradesRunningServer() ? null : site.secret().toString();
            requireNoEscape(check, PathEscapes.absolute(outsideFiles(check), authority, secretOnDisk));
        }

        private List<Outside> outsideFiles(Check check) {
            return check.gradesRunningServer() ? BESIDE_A_RUNNING_SERVER
                    : List.of(new Outside(FrontFolder.SECRET, 1, site.secretMarker(),
                            Msg.of("front 폴더 옆의 비밀 파일 " + FrontFolder.SECRET, "the secret file beside the front folder, " + FrontFolder.SECRET)));
        }

        /** The page is served; then every target gets a 4xx, and no answer holds a byte of a file outside. */
        private void requireNoEscape(Check check, List<String> targets) {
            RawHttp http = new RawHttp(check);
            servedPage(check, http);
            List<Outside> outside = new ArrayList<>(outsideFiles(check));
            outside.add(PathEscapes.PASSWD);
            for (String target : targets) {
                Reply reply = http.get(target);
                for (Outside file : outside) {
                    if (reply.contains(file.marker())) {
                        throw check.failed(Msg.of("GET " + target + " 이(가) front 폴더 밖의 파일을 내주었습니다: ", "GET " + target
                                        + " served a file outside the front folder: ").plus(file.what()).plus(Msg.same(".")),
                                Msg.of("4xx 응답, 폴더 밖 파일의 내용은 한 바이트도 없음", "a 4xx answer, without a byte of any file outside the folder"),
                                reply.describe(), ESCAPE_HINT);
                    }
                }
                if (reply.status() < 400 || reply.status() >= 500) {
                    throw check.failed(Msg.of("폴더 밖을 가리키는 경로 GET " + target + " 에 4xx 가 아닌 답이 왔습니다.",
                                    "GET " + target + ", a path that points outside the folder, was not answered with a 4xx."),
                            Msg.same("400 Bad Request / 403 Forbidden / 404 Not Found"), reply.describe(), ESCAPE_HINT);
                }
            }
        }
    }

    @Nested
    @Tag("task:3")
    @DisplayName("과제 3 · 입장과 퇴장을 인원과 함께 알린다 / Task 3 · Announce joins and leaves with the head count")
    class Task3 {

        @Test
        @DisplayName("들어올 때마다 새 사람을 포함한 모두가 새 인원을 듣는다 / Each arrival is announced to everyone, the newcomer included, with the new count")
        void arrivals(Check check) {
            room.join(check, 3);
            check.expectSilence(ChatRoom.JOIN_HINT, room.present().toArray(Probe[]::new));
        }

        @Test
        @DisplayName("close 로 나가면 남은 모두가 새 인원을 듣는다 / A client that closes is announced to everyone left with the new count")
        void closeIsALeave(Check check) throws InterruptedException {
            List<Probe> clients = room.join(check, 3);
            clients.get(1).close();
            room.hearLeaves(check);
            clients.get(0).close();
            room.hearLeaves(check);
            check.expectSilence(ChatRoom.LEAVE_HINT, clients.get(2));
        }

        @Test
        @DisplayName("close 프레임 없이 사라져도 퇴장으로 센다 / A client that vanishes without a close frame counts as a leave")
        void vanishIsALeave(Check check) throws IOException {
            List<Probe> clients = room.join(check, 3);
            clients.get(0).vanish();
            room.hearLeaves(check);
            room.join(check);
            check.expectSilence(ChatRoom.LEAVE_HINT, room.present().toArray(Probe[]::new));
        }

        @Test
        @DisplayName("큰 방에 20명씩 세 번 동시에 들어와도 인원을 한 번씩, 차례로 알린다 / Three bursts of 20 clients joining a full room at once are each announced once, in order")
        void burstsAtOnce(Check check) throws IOException {
            // The longer each announcement takes to send, the wider an unlocked count's race: bystanders make the room
            // big for the price of a socket each, and every burst is one more chance for the race to show.
            Bystanders bystanders = null;
            if (!check.gradesRunningServer()) {
                boolean[] allIn = {false};
                bystanders = Bystanders.gather(check, BYSTANDERS, ChatRoom.joinLine(BYSTANDERS), Check.ANSWER_TIMEOUT, allIn);
                if (!allIn[0]) {
                    bystanders.close();
                    throw check.failed(Msg.of(BYSTANDERS + "명이 된 입장을 마지막 클라이언트가 듣지 못했습니다.",
                                    "The last bystander never heard the arrival that made " + BYSTANDERS + "."),
                            Msg.same(Quote.text(ChatRoom.joinLine(BYSTANDERS))), Msg.of(Check.ANSWER_TIMEOUT.toMillis() + " ms 동안 오지 않음",
                                    "not within " + Check.ANSWER_TIMEOUT.toMillis() + " ms"), ChatRoom.RACE_HINT);
                }
                room.countAlso(BYSTANDERS);
            }
            try {
                for (int burst = 0; burst < BURSTS; burst++) {
                    room.joinAtOnce(check, BURST_SIZE);
                }
                check.expectSilence(ChatRoom.RACE_HINT, room.present().toArray(Probe[]::new));
            } finally {
                if (bystanders != null) {
                    bystanders.close();
                }
            }
        }

        @Test
        @DisplayName("19명이 한꺼번에 끊겨도 남은 사람은 19명부터 1명까지 차례로 듣는다 / When 19 clients drop at once, the one left hears 19 down to 1")
        void nineteenDropAtOnce(Check check) throws IOException {
            List<Probe> clients = room.join(check, 20);
            for (Probe leaving : clients.subList(1, clients.size())) {
                leaving.vanish();
            }
            room.hearLeaves(check);
            check.expectSilence(ChatRoom.LEAVE_HINT, clients.get(0));
        }
    }

    @Nested
    @Tag("task:4")
    @DisplayName("과제 4 · 이름과 메시지로 채팅한다 / Task 4 · Chat with a name and a message")
    class Task4 {

        @Test
        @DisplayName("채팅은 보낸 사람을 포함한 모두에게 \"NAME: TEXT\" 로 간다 / A chat message reaches everyone, the sender included, as \"NAME: TEXT\"")
        void chatReachesEveryone(Check check) {
            List<Probe> clients = room.join(check, 3);
            clients.get(1).send(ChatRoom.chatJson("민수", "안녕하세요"));
            for (Probe client : clients) {
                check.expect(client, "민수: 안녕하세요", room.hint());
            }
            room.verify(check, clients.get(2), clients, "반가워요!");
            check.expectSilence(room.hint(), clients.toArray(Probe[]::new));
        }

        @Test
        @DisplayName("이름과 메시지는 앞뒤 공백과 마크업까지 그대로 전달된다 / The name and the message arrive exactly as sent, spaces and markup included")
        void nameAndMessageExact(Check check) {
            List<Probe> clients = room.join(check, 2);
            List<List<String>> chats = List.of(List.of("  민수 ", " 안녕하세요  "), List.of("<b>Kim</b> & Lee", "<b>&amp;</b> <i>hi</i>"),
                    List.of("\tTab\t", "two\nlines\n"));
            for (List<String> chat : chats) {
                clients.get(0).send(ChatRoom.chatJson(chat.get(0), chat.get(1)));
                for (Probe client : clients) {
                    ExactText.expect(check, client, chat.get(0) + ": " + chat.get(1), room.hint());
                }
            }
            check.expectSilence(room.hint(), clients.toArray(Probe[]::new));
        }

        @Test
        @DisplayName("JSON 의 이스케이프는 풀어서 전달한다 / JSON escapes are decoded")
        void escapesDecoded(Check check) {
            List<Probe> clients = room.join(check, 2);
            clients.get(0).send("{\"name\":\"\\uC9C0\\uC218\",\"message\":\"say \\\"hi\\\"\\n\\tbye\"}");
            for (Probe client : clients) {
                check.expect(client, "지수: say \"hi\"\n\tbye", Msg.of(
                        "JSON 문자열은 asText() 로 꺼내세요: toString() 은 따옴표와 이스케이프를 그대로 남깁니다.",
                        "Take JSON strings out with asText(): toString() keeps the quotes and the escapes."));
            }
            check.expectSilence(room.hint(), clients.toArray(Probe[]::new));
        }

        @Test
        @DisplayName("JSON 이 아니면 보낸 사람만 Error: 로 시작하는 답을 받는다 / Not JSON: only the sender gets a reply that starts with Error:")
        void notJson(Check check) {
            requireErrors(check, "Hello", "{\"name\": \"민수\", \"message\": ", "");
        }

        @Test
        @DisplayName("name 이 없거나 비었으면 Error: 로 답한다 / A missing or blank name gets an Error: reply")
        void missingOrBlankName(Check check) {
            requireErrors(check, "{\"message\":\"누구게요?\"}", "{\"name\":\"\",\"message\":\"안녕\"}",
                    "{\"name\":\"   \",\"message\":\"안녕\"}");
        }

        @Test
        @DisplayName("message 가 없으면 Error: 로 답한다 / A missing message gets an Error: reply")
        void missingMessage(Check check) {
            requireErrors(check, "{\"name\":\"민수\"}", "{\"name\":\"민수\",\"text\":\"안녕\"}");
        }

        /**
         * Each bad message gets a reply to its sender alone that starts with "Error: " and says more; the others hear
         * nothing of it, and the sender's next good message still reaches everyone.
         */
        private void requireErrors(Check check, String... badMessages) {
            List<Probe> clients = room.join(check, 2);
            Probe sender = clients.get(0);
            for (String bad : badMessages) {
                sender.send(bad);
                expectError(check, sender);
            }
            room.verify(check, sender, clients, "still here");
            check.expectSilence(room.hint(), clients.toArray(Probe[]::new));
        }

        private void expectError(Check check, Probe sender) {
            check.journal().add(sender.name() + " 의 답을 최대 " + Check.ANSWER_TIMEOUT.toMillis() + " ms 기다림 (\"Error: \" 로 시작해야 함)",
                    "waited up to " + Check.ANSWER_TIMEOUT.toMillis() + " ms for " + sender.name() + "'s reply (it must start with \"Error: \")");
            Frame reply = check.next(sender, Check.ANSWER_TIMEOUT);
            Msg wanted = Msg.of(sender.name() + " 이(가) \"Error: \" 로 시작하고 무엇이 잘못되었는지 말하는 텍스트를 받음",
                    sender.name() + " receives a text that starts with \"Error: \" and says what was wrong");
            if (reply == null) {
                throw check.failed(Msg.of(sender.name() + " 이(가) " + Check.ANSWER_TIMEOUT.toMillis() + " ms 동안 아무 답도 받지 못했습니다.",
                        sender.name() + " received no reply within " + Check.ANSWER_TIMEOUT.toMillis() + " ms."), wanted,
                        Msg.of("아무것도 오지 않음", "nothing arrived"), ERROR_HINT);
            }
            if (!reply.isText() || !reply.text().startsWith("Error: ") || reply.text().isBlank()
                    || reply.text().substring("Error: ".length()).isBlank()) {
                throw check.failed(Msg.of(sender.name() + " 이(가) 받은 답이 \"Error: ...\" 가 아닙니다.",
                        sender.name() + "'s reply is not an \"Error: ...\" reply."), wanted, reply.describe(), ERROR_HINT);
            }
        }
    }

    @Nested
    @Tag("task:5")
    @DisplayName("과제 5 · 모든 레슨의 공통 규칙 / Task 5 · Rules for every lesson")
    class Rules extends CommonRules {
        Rules() {
            super(room);
        }
    }

    /** GET / must answer the page before anything else about HTTP is worth checking. */
    private static Reply servedPage(Check check, RawHttp http) {
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

    @Nested
    @Tag("task:6")
    @DisplayName("과제 6 · 브라우저 클라이언트 / Task 6 · Browser client")
    class BrowserClient extends workbook.grader.clients.ChatRoomClientTask {
    }
}
