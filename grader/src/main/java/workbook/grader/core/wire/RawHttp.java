package workbook.grader.core.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import workbook.grader.core.Check;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;

/**
 * The grader's HTTP client for a lesson that serves pages. It writes the request line byte for byte, exactly as
 * given: a client library would tidy {@code /../} away or decode {@code %2e} before sending, and the point is to
 * send what an attacker sends. Every wait has a bound; every request and its status go into the check's journal.
 */
public final class RawHttp {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(2);
    /**
     * A server's first answer may wait for its JVM to load and verify the HTTP library's classes, which several checks
     * that start at once share; on a busy machine a correct server then took over 2 s (seen in grade-class). Well
     * inside a check's 10 s, so a server that never answers still gets this report, not the check's timeout.
     */
    public static final Duration FIRST_ANSWER_TIMEOUT = Duration.ofMillis(3500);
    /** More than any page of a lesson; a server that streams without end is cut here. */
    private static final int MAX_ANSWER_BYTES = 1024 * 1024;
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

    private final Check check;
    private boolean askedBefore;

    public RawHttp(Check check) {
        this.check = check;
    }

    /** The server's HTTP address, or a failure that says how to give it when a running server was named without one. */
    public URI address() {
        if (check.server().inProcess().isPresent()) {
            return check.server().httpUri().orElseThrow(() -> check.failed(
                    Msg.of("레슨 클래스가 HttpLesson 을 구현하지 않아 HTTP 포트를 알 수 없습니다.",
                            "The lesson's class does not implement HttpLesson, so its HTTP port is unknown."),
                    Msg.same("implements HttpLesson, httpPort()"), Msg.of("HttpLesson 이 아님", "not an HttpLesson"),
                    Msg.of("클래스 선언의 implements HttpLesson 과 httpPort() 를 스텁 그대로 두세요.",
                            "Keep implements HttpLesson and httpPort() as the stub has them.")));
        }
        return check.server().httpUri().orElseThrow(() -> check.failed(
                Msg.of("이 레슨은 HTTP 도 검사하는데, 실행 중인 서버의 HTTP 주소를 받지 못했습니다.",
                        "This lesson checks HTTP too, but the running server's HTTP address was not given."),
                Msg.of("--http http://HOST:PORT 로 받은 HTTP 주소", "an HTTP address given with --http http://HOST:PORT"),
                Msg.of("WebSocket 주소만 받음", "only the WebSocket address"),
                Msg.of("예: ./workbook check " + check.lesson().id() + " --url ws://localhost:8001 --http http://localhost:8000",
                        "For example: ./workbook check " + check.lesson().id() + " --url ws://localhost:8001 --http http://localhost:8000")));
    }

    /**
     * Sends {@code GET target HTTP/1.1} with {@code target} written as is: origin form ({@code /a/b}) or absolute
     * form ({@code http://host:port/a/b}); waits for the whole answer.
     */
    public Reply get(String target) {
        URI base = address();
        String host = base.getHost() + ":" + base.getPort();
        String request = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
        check.journal().add("HTTP 요청을 글자 그대로 보냄: GET " + target + " HTTP/1.1 (" + base + ")",
                "sent an HTTP request exactly as written: GET " + target + " HTTP/1.1 (to " + base + ")");
        Reply reply = exchange(base, target, request.getBytes(StandardCharsets.UTF_8));
        check.journal().add("  → " + reply.statusLine(), "  → " + reply.statusLine());
        return reply;
    }

    private Reply exchange(URI base, String target, byte[] request) {
        Duration bound = askedBefore ? ANSWER_TIMEOUT : FIRST_ANSWER_TIMEOUT;
        askedBefore = true;
        long deadline = System.nanoTime() + bound.toNanos();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), (int) CONNECT_TIMEOUT.toMillis());
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                Reply reply = Reply.parse(target, received.toByteArray(), false);
                if (reply != null) {
                    return reply;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException();
                }
                socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, Math.min(n, MAX_ANSWER_BYTES - received.size()));
                if (received.size() >= MAX_ANSWER_BYTES) {
                    break;
                }
            }
        } catch (ConnectException e) {
            check.fail(Msg.of("HTTP 연결이 거부되었습니다 (" + base + "). HTTP 쪽 서버가 그 포트에서 실행 중인가요?",
                            "The HTTP connection was refused (" + base + "). Is the HTTP side running, on that port?"),
                    Msg.of("GET " + target + " 에 대한 HTTP 응답", "an HTTP answer to GET " + target),
                    Msg.of("연결 거부", "connection refused"), startHint());
        } catch (SocketTimeoutException e) {
            throw check.failedWaiting(Msg.of("HTTP 응답이 " + bound.toMillis() + " ms 안에 끝나지 않았습니다 (GET " + target + ").",
                            "No complete HTTP answer within " + bound.toMillis() + " ms (GET " + target + ")."),
                    Msg.of("GET " + target + " 에 대한 HTTP 응답", "an HTTP answer to GET " + target),
                    received.size() == 0 ? Msg.of("아무것도 오지 않음", "nothing arrived")
                            : Msg.of("끝나지 않은 응답: ", "an unfinished answer: ").plus(Msg.same(Quote.text(
                                    received.toString(StandardCharsets.UTF_8)))), startHint());
        } catch (IOException e) {
            check.fail(Msg.of("HTTP 요청을 보내거나 응답을 읽다가 연결이 끊겼습니다 (GET " + target + ").",
                            "The connection broke while sending GET " + target + " or reading its answer."),
                    Msg.of("GET " + target + " 에 대한 HTTP 응답", "an HTTP answer to GET " + target),
                    Msg.same(String.valueOf(e)), startHint());
        }
        Reply reply = Reply.parse(target, received.toByteArray(), true);
        if (reply == null) {
            check.fail(Msg.of("GET " + target + " 에 HTTP 응답이 아닌 것이 왔습니다.",
                            "What came back for GET " + target + " is not an HTTP answer."),
                    Msg.of("\"HTTP/1.1 200 OK\" 처럼 시작하는 응답", "an answer that starts like \"HTTP/1.1 200 OK\""),
                    Msg.same(Quote.text(received.toString(StandardCharsets.UTF_8))), startHint());
        }
        return reply;
    }

    private Msg startHint() {
        if (check.gradesRunningServer()) {
            return Msg.of("--http 에 준 주소가 서버의 HTTP 주소(예: http://localhost:8000)와 같은가요?",
                    "Is the address given with --http the server's HTTP address (such as http://localhost:8000)?");
        }
        return Msg.of("start() 가 HTTP 쪽 (Undertow 의 start()) 도 시작하나요? 핸들러가 응답을 끝까지 보내나요?",
                "Does start() start the HTTP side too (Undertow's start())? Does the handler finish its answer?");
    }

    /** One HTTP answer: its status, its headers in order, and its body (chunked bodies already joined). */
    public record Reply(String target, String statusLine, int status, List<Map.Entry<String, String>> headers, byte[] body) {

        /** The first value of a header, by a name compared without case, or null. */
        public String header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        /** The media type of Content-Type in lower case ("text/html"), or "" when there is none. */
        public String mediaType() {
            String type = header("Content-Type");
            return type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        }

        /** The charset parameter of Content-Type in lower case ("utf-8"), or null when there is none. */
        public String charset() {
            String type = header("Content-Type");
            if (type == null) {
                return null;
            }
            for (String parameter : type.split(";")) {
                String[] pair = parameter.split("=", 2);
                if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                    return pair[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
                }
            }
            return null;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean contains(String marker) {
            return text().contains(marker);
        }

        /** "404 Not Found, Content-Type: text/plain, 9 bytes: "Not Found"" in the learner's language. */
        public Msg describe() {
            String type = header("Content-Type");
            String shown = statusLine.replaceFirst("^HTTP/\\d(\\.\\d)?\\s+", "");
            return Msg.of(shown + ", Content-Type: " + (type == null ? "(없음)" : type) + ", 본문 " + body.length + "바이트"
                            + (body.length == 0 ? "" : ": " + Quote.text(text())),
                    shown + ", Content-Type: " + (type == null ? "(none)" : type) + ", " + body.length + " bytes"
                            + (body.length == 0 ? "" : ": " + Quote.text(text())));
        }

        /** The answer in {@code bytes}, or null while it is incomplete ({@code ended}: the server closed). */
        static Reply parse(String target, byte[] bytes, boolean ended) {
            int headEnd = indexOf(bytes, HEADER_END, 0);
            if (headEnd < 0) {
                return null;
            }
            String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
            String statusLine = lines[0];
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
                return null;
            }
            int status = Integer.parseInt(parts[1]);
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.add(Map.entry(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
                }
            }
            byte[] rest = Arrays.copyOfRange(bytes, headEnd + HEADER_END.length, bytes.length);
            Reply head = new Reply(target, statusLine, status, List.copyOf(headers), new byte[0]);
            if (status / 100 == 1 || status == 204 || status == 304) {
                return head;
            }
            String encoding = head.header("Transfer-Encoding");
            if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                byte[] body = unchunk(rest);
                return body != null ? withBody(head, body) : ended ? withBody(head, rest) : null;
            }
            String length = head.header("Content-Length");
            if (length != null && length.matches("\\d+")) {
                int wanted = Integer.parseInt(length);
                if (rest.length >= wanted) {
                    return withBody(head, Arrays.copyOf(rest, wanted));
                }
                return ended ? withBody(head, rest) : null;
            }
            return ended ? withBody(head, rest) : null;
        }

        private static Reply withBody(Reply head, byte[] body) {
            return new Reply(head.target, head.statusLine, head.status, head.headers, body);
        }

        /** Joins the chunks of a chunked body, or null while the last chunk has not arrived. */
        private static byte[] unchunk(byte[] raw) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (true) {
                int lineEnd = indexOf(raw, new byte[] {'\r', '\n'}, at);
                if (lineEnd < 0) {
                    return null;
                }
                String sizeText = new String(raw, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                int size;
                try {
                    size = Integer.parseInt(sizeText, 16);
                } catch (NumberFormatException e) {
                    return null;
                }
                at = lineEnd + 2;
                if (size == 0) {
                    return body.toByteArray();
                }
                if (raw.length < at + size + 2) {
                    return null;
                }
                body.write(raw, at, size);
                at += size + 2;
            }
        }

        private static int indexOf(byte[] bytes, byte[] wanted, int from) {
            outer:
            for (int i = from; i <= bytes.length - wanted.length; i++) {
                for (int j = 0; j < wanted.length; j++) {
                    if (bytes[i + j] != wanted[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
