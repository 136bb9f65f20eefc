package workbook.tools.results;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import workbook.grader.core.words.Msg;

/**
 * Before grading a server at a URL: is anything listening there? Refused once is said once, instead of as every
 * check's failure.
 */
public final class NothingListening {

    private static final Duration CONNECT_BOUND = Duration.ofSeconds(2);

    private NothingListening() {
    }

    /** Empty when something accepts a TCP connection at the URL's host and port; otherwise what to tell. */
    public static Optional<Msg> at(URI url) {
        int port = url.getPort() > 0 ? url.getPort() : "wss".equals(url.getScheme()) ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), port), (int) CONNECT_BOUND.toMillis());
            return Optional.empty();
        } catch (ConnectException e) {
            return Optional.of(Msg.of(url + " 에서 듣고 있는 서버가 없습니다 (연결 거부). 서버를 먼저 실행하고 (예: node server.js) 주소와 포트를 확인하세요.",
                    "Nothing is listening at " + url + " (connection refused). Start your server first (for example node server.js) and check the address and port."));
        } catch (IOException e) {
            return Optional.of(Msg.of(url + " 에 연결하지 못했습니다: " + e.getMessage() + ". 서버가 실행 중인지, 주소가 맞는지 확인하세요.",
                    "Could not connect to " + url + ": " + e.getMessage() + ". Check that your server runs and the address is right."));
        }
    }
}
