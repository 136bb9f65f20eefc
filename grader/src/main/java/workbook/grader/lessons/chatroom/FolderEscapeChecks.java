package workbook.grader.lessons.chatroom;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.grader.core.Check;
import workbook.grader.core.words.Msg;
import workbook.grader.core.wire.RawHttp;
import workbook.grader.core.wire.RawHttp.Reply;
import workbook.grader.lessons.chatroom.PathEscapes.Outside;

/** Task 2 of lesson 07: no path, however it is written or encoded, serves a file outside the front folder. */
abstract class FolderEscapeChecks {

    private static final List<Outside> BESIDE_A_RUNNING_SERVER = List.of(
            new Outside("package.json", 1, "\"name\":", Msg.of("프로젝트의 package.json", "the project's package.json")),
            new Outside("index.js", 1, "require(", Msg.of("서버 코드 index.js", "the server's code, index.js")),
            new Outside("pom.xml", 2, "<project", Msg.of("워크북의 pom.xml", "the workbook's pom.xml")));
    static final Msg ESCAPE_HINT = Msg.of(
            "요청 경로로 파일 경로를 직접 만들고 있나요? Undertow 의 PathResourceManager 에 맡기세요: 그 폴더 밖으로는 나가지 않습니다.",
            "Do you build the file's path from the request's path yourself? Leave it to Undertow's PathResourceManager: it never leaves its folder.");
    /** The files the check's server serves (unused when grading a running server). */
    abstract FrontFolder site();

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
        String secretOnDisk = check.gradesRunningServer() ? null : site().secret().toString();
        requireNoEscape(check, PathEscapes.absolute(outsideFiles(check), authority, secretOnDisk));
    }

    private List<Outside> outsideFiles(Check check) {
        return check.gradesRunningServer() ? BESIDE_A_RUNNING_SERVER
                : List.of(new Outside(FrontFolder.SECRET, 1, site().secretMarker(),
                        Msg.of("front 폴더 옆의 비밀 파일 " + FrontFolder.SECRET, "the secret file beside the front folder, " + FrontFolder.SECRET)));
    }

    /** The page is served; then every target gets a 4xx, and no answer holds a byte of a file outside. */
    private void requireNoEscape(Check check, List<String> targets) {
        RawHttp http = new RawHttp(check);
        StaticFileChecks.servedPage(check, http);
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
