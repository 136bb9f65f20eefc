package workbook.grader.korean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParticlesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "client-1 이(가) 연결함 | client-1이 연결함",
            "client-2 이(가) 연결함 | client-2가 연결함",
            "client-1 이(가) 텍스트 \"Hello Server!\" 을(를) 보냄 | client-1이 텍스트 \"Hello Server!\"를 보냄",
            "환영 메시지 을(를) 받음 | 환영 메시지를 받음",
            "서버 EchoServer 을(를) 만들고 | 서버 EchoServer를 만들고",
            "onMessage 를 완성하세요 | onMessage를 완성하세요",
            "onOpen 을 완성하세요 | onOpen을 완성하세요",
            "stop() 이 모든 연결을 닫고 | stop()이 모든 연결을 닫고",
            "포트 8000 을(를) 이미 | 포트 8000을 이미",
            "포트 8070 은(는) 이미 | 포트 8070은 이미",
            "HTML 와(과) CSS | HTML과 CSS",
            "Content-Type 을 보세요 | Content-Type을 보세요",
            "[object Blob] 으로 보여 줍니다 | [object Blob]으로 보여 줍니다",
            "super(port) 로 넘기고 | super(port)로 넘기고",
            "EchoServer.onMessage (line 25) 이(가) 아직 | EchoServer.onMessage (line 25)가 아직",
            "레슨 07 을(를) 아직 | 레슨 07을 아직",
            "client-1 (인스턴스 A) 이(가) 받는 것 | client-1 (인스턴스 A)이 받는 것",
            "client-2 (인스턴스 B) 이(가) 받는 것 | client-2 (인스턴스 B)가 받는 것",
            "lessons/01-echo/EchoServer.java 은(는) 이미 | lessons/01-echo/EchoServer.java는 이미",
            "ws://127.0.0.1:34437 에 연결함 | ws://127.0.0.1:34437에 연결함",
            "파일 이(가) 없습니다 | 파일이 없습니다",
            "서버 이 줄 | 서버 이 줄",
    })
    void choosesAndAttaches(String written, String read) {
        assertThat(Particles.fix(written)).isEqualTo(read);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "받은 것: \"a 를 b 이(가)\" | 받은 것: \"a 를 b 이(가)\"",
            "텍스트 \"onMessage 를\" 을(를) 받음 | 텍스트 \"onMessage 를\"을 받음",
    })
    void leavesQuotedTextAlone(String written, String read) {
        assertThat(Particles.fix(written)).isEqualTo(read);
    }
}
