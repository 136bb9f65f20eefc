package workbook.grader.broken.lesson05;

import org.java_websocket.WebSocket;

/**
 * Not broken: a correct server whose error replies are in Korean, as CONTRACT.md allows ("Error: JSON 객체가
 * 아닙니다"). It must pass every check.
 */
public class AnswersInKorean extends WorkingChannels {
    public AnswersInKorean(int port) {
        super(port);
    }

    @Override
    void reject(WebSocket conn, String problem) {
        String korean = problem.startsWith("not JSON") ? "JSON 이 아닙니다"
                : problem.startsWith("not a JSON object") ? "JSON 객체가 아닙니다"
                : problem.startsWith("unknown type") ? "알 수 없는 종류의 요청입니다"
                : problem.startsWith("channel") ? "채널 이름이 없습니다"
                : problem.startsWith("content") ? "내용이 문자열이 아닙니다" : problem;
        conn.send("Error: " + korean);
    }
}
