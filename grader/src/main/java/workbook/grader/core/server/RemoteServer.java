package workbook.grader.core.server;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import workbook.grader.core.words.Msg;

/** A server that is already running, in any language; the grader only talks to it and never stops it. */
public record RemoteServer(URI webSocketUri, Optional<URI> httpUri) implements ServerUnderTest {

    @Override
    public Msg description() {
        return Msg.of(webSocketUri + " (이미 실행 중인 서버)", webSocketUri + " (a server that is already running)");
    }

    @Override
    public List<Throwable> errors() {
        return List.of();
    }

    @Override
    public Optional<InProcessServer> inProcess() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
