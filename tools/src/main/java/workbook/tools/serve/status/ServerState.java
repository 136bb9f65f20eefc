package workbook.tools.serve.status;

import com.fasterxml.jackson.annotation.JsonValue;
import workbook.grader.core.words.Msg;

/** What became of one lesson server when {@code ./workbook serve} tried to run it. */
public enum ServerState {
    RUNNING("running", Msg.of("실행 중", "running")),
    NOT_IMPLEMENTED("not-implemented", Msg.of("아직 구현하지 않았습니다", "not implemented yet")),
    COMPILE_ERROR("compile-error", Msg.of("컴파일 오류", "compile error")),
    FAILED("failed", Msg.of("시작하지 못했습니다", "failed to start")),
    MISSING("missing", Msg.of("아직 없습니다", "not there yet")),
    STOPPED("stopped", Msg.of("멈췄습니다", "stopped"));

    private final String key;
    private final Msg label;

    ServerState(String key, Msg label) {
        this.key = key;
        this.label = label;
    }

    /** How the status endpoint and the pages write it. */
    @JsonValue
    public String key() {
        return key;
    }

    public Msg label() {
        return label;
    }
}
