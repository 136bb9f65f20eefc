package workbook.grader.core.wire;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A refusing port refuses connections, and no other server can take it while it is held")
class RefusingPortTest {

    @Test
    @DisplayName("a connection is refused at once")
    void refuses() throws Exception {
        try (RefusingPort refusing = RefusingPort.take(); Socket client = new Socket()) {
            assertThatThrownBy(() -> client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), refusing.port()), 2000))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    @DisplayName("a server that binds the port, even with SO_REUSEADDR as Java's servers set it, is refused")
    void noOneElseCanListenThere() throws Exception {
        try (RefusingPort refusing = RefusingPort.take(); ServerSocket other = new ServerSocket()) {
            other.setReuseAddress(true);
            assertThatThrownBy(() -> other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), refusing.port())))
                    .isInstanceOf(BindException.class);
        }
    }
}
