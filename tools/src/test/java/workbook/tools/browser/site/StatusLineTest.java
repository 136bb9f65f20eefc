package workbook.tools.browser.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workbook.tools.browser.BrowserExtension;
import workbook.tools.browser.LessonPage;
import workbook.tools.browser.ServedWorkbook;
import workbook.tools.browser.Windows;
import workbook.tools.serve.lesson.LessonSlot;
import workbook.tools.serve.status.Side;

@ExtendWith(BrowserExtension.class)
@DisplayName("The status line of a lesson page tells the truth, in Chromium")
class StatusLineTest {

    @Test
    @DisplayName("connected, and to which server; the switch moves between the student's server and the reference")
    void saysWhichServer(Windows windows, ServedWorkbook serve) {
        LessonPage page = LessonPage.open(windows.get(0), "window A", serve.page("01", Side.STUDENT)).awaitConnected();
        assertThat(page.state()).isEqualTo("open");
        assertThat(page.detail()).contains("내 서버", "Your server", serve.running("01", Side.STUDENT).ws(),
                "참고 답안 클라이언트", "the reference client");

        page.click("server-reference").awaitConnected();
        assertThat(page.window().getCurrentUrl()).endsWith("/01-echo/?server=reference&client=reference");
        assertThat(page.detail()).contains("참고 답안 서버", "The reference server", serve.running("01", Side.REFERENCE).ws());

        page.click("server-student").awaitConnected();
        assertThat(page.window().getCurrentUrl()).endsWith("/01-echo/?server=student&client=reference");
        page.send("mine").awaitReceived("Server received: Hello Server!", "Server received: mine");

        page.click("client-student").awaitConnected();
        assertThat(page.window().getCurrentUrl()).endsWith("/01-echo/?server=student&client=student");
        assertThat(page.detail()).contains("내 서버", "내 클라이언트", "your client");
        page.send("my client").awaitReceived("Server received: Hello Server!", "Server received: my client");
    }

    @Test
    @DisplayName("a stub: connected, but not implemented yet, in the stub's own words")
    void stubIsNotImplementedYet(Windows windows, ServedWorkbook serve) {
        LessonPage page = LessonPage.open(windows.get(0), "window A", serve.page("02", Side.STUDENT)).awaitState("open");

        assertThat(page.detail()).contains("아직 구현하지 않았습니다", "not implemented yet", "Lesson 02: complete onOpen",
                "Switch to the reference");
    }

    @Test
    @DisplayName("the student's client stub says in the status line that it is not implemented yet")
    void clientStubIsNotImplementedYet(Windows windows, ServedWorkbook serve) {
        LessonPage page = LessonPage.open(windows.get(0), "window A", serve.page("02", Side.REFERENCE, Side.STUDENT))
                .awaitState("not-implemented");

        assertThat(page.status()).contains("아직 구현하지 않았습니다", "Not implemented yet", "lessons/02-welcome/client.js");
    }

    @Test
    @DisplayName("a server that is not running (compile error, missing, a stub that throws while built) says so and why")
    void notRunningSaysWhy(Windows windows, ServedWorkbook serve) {
        LessonPage broken = LessonPage.open(windows.get(0), "window A", serve.page("03", Side.STUDENT))
                .awaitState("unavailable");
        assertThat(broken.status()).contains("내 서버가 실행 중이 아닙니다: 컴파일 오류", "Your server is not running: compile error");
        assertThat(broken.detail()).contains("lessons/03-broadcast/BroadcastServer.java:3:");

        LessonPage missing = LessonPage.open(windows.get(1), "window B", serve.page("05", Side.STUDENT))
                .awaitState("unavailable");
        assertThat(missing.status()).contains("실행 중이 아닙니다", "Your server is not running: not there yet");
        assertThat(missing.detail()).contains("05-channels/ChannelServer.java");

        LessonPage unbuilt = LessonPage.open(windows.get(2), "window C", serve.page("06", Side.STUDENT))
                .awaitState("unavailable");
        assertThat(unbuilt.status()).contains("내 서버가 실행 중이 아닙니다: 아직 구현하지 않았습니다",
                "Your server is not running: not implemented yet");
        assertThat(unbuilt.detail()).contains("Lesson 06: start the timer");
    }

    @Test
    @DisplayName("closed when the server stops; not running when asked again; connected after reloading the code")
    void closedThenReloaded(Windows windows, ServedWorkbook serve) throws InterruptedException {
        LessonSlot student = serve.slot("01", Side.STUDENT);
        try {
            LessonPage page = LessonPage.open(windows.get(0), "window A", serve.page("01", Side.STUDENT)).awaitConnected();

            student.stop();
            page.awaitState("closed");
            assertThat(page.status()).contains("연결이 닫혔습니다", "Connection closed");

            page.click("reconnect").awaitState("unavailable");
            assertThat(page.status()).contains("실행 중이 아닙니다", "Your server is not running: stopped");

            page.click("reload").awaitConnected();
            page.send("back again").awaitReceived("Server received: Hello Server!", "Server received: back again");
        } finally {
            if (!student.status().listening()) {
                student.restart();
            }
        }
    }
}
