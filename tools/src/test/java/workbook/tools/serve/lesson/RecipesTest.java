package workbook.tools.serve.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.support.LessonServer;

@DisplayName("serve builds each lesson server with the richest constructor it has, on port 0")
class RecipesTest {

    @Test
    @DisplayName("a notifier with (int) and (int, Duration) gets serve's period, not its default")
    void periodWins() throws Exception {
        Notifier built = (Notifier) Recipes.forClass(Notifier.class, Duration.ofMillis(700), Path.of("web"))
                .create(Notifier.class);
        assertThat(built.period).isEqualTo(Duration.ofMillis(700));
        assertThat(built.getAddress().getPort()).isZero();
    }

    @Test
    @DisplayName("a class with none of the lesson constructors is refused, naming the ones it could have")
    void otherShapesAreRefused() {
        assertThatThrownBy(() -> Recipes.forClass(String.class, Duration.ofSeconds(1), Path.of("web")))
                .isInstanceOf(NoSuchMethodException.class).hasMessageContaining("(int port, Duration period)");
    }

    public static class Notifier extends LessonServer {
        final Duration period;

        public Notifier(int port) {
            this(port, Duration.ofSeconds(5));
        }

        public Notifier(int port, Duration period) {
            super(port);
            this.period = period;
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        }
    }
}
