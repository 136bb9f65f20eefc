package workbook.grader.lessons.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;

/**
 * Lesson 04's answer to a binary frame: ignored, or relayed unchanged, as binary, to the others (the tutorial's relay
 * on ws 7 does this). Either way its sender receives nothing, and no text answers it.
 */
public final class BinaryRelay {

    private BinaryRelay() {
    }

    /**
     * Each client of {@code sentBytes} has just sent a binary frame of that many bytes, a length of its own. During the
     * silence window each may receive, at most once, the frame of each other client, of its length; nothing else.
     */
    public static void expectIgnoredOrRelayed(Check check, Map<Probe, Integer> sentBytes, Msg notTheSenderHint) {
        check.journal().add(Check.SILENCE_WINDOW.toMillis() + " ms 동안 지켜봄: 바이너리 프레임은 무시되거나, 다른 클라이언트에게만 그대로 (바이너리로) 전달되어도 됨",
                "watched for " + Check.SILENCE_WINDOW.toMillis() + " ms: a binary frame may be ignored, or relayed unchanged, as binary, to the other clients only");
        check.watch(Check.SILENCE_WINDOW, frame -> true, sentBytes.keySet().toArray(Probe[]::new));
        for (Probe client : sentBytes.keySet()) {
            int own = sentBytes.get(client);
            List<Integer> due = new ArrayList<>(sentBytes.values());
            due.remove(Integer.valueOf(own));
            for (Frame frame : client.received()) {
                if (frame.kind() == Frame.Kind.BINARY && frame.binaryLength() == own) {
                    check.fail(Msg.of(client.name() + " 에게 자기가 보낸 바이너리 프레임 (" + own + "바이트) 이 돌아왔습니다.",
                                    client.name() + " got its own binary frame (" + own + " bytes) back."),
                            Msg.of(client.name() + " 에게는 다른 클라이언트의 바이너리 프레임만 오거나 아무것도 오지 않음",
                                    "nothing reaches " + client.name() + " but the other clients' binary frames, if anything"),
                            frame.describe(), notTheSenderHint);
                }
                if (frame.kind() != Frame.Kind.BINARY || !due.remove(Integer.valueOf(frame.binaryLength()))) {
                    check.fail(Msg.of(client.name() + " 에게 바이너리 프레임의 답으로 오면 안 되는 프레임이 왔습니다.",
                                    client.name() + " received a frame it should not have, in answer to binary frames."),
                            Msg.of("바이너리 프레임은 무시되거나, 다른 클라이언트에게 한 번씩 그대로 바이너리로 전달됨",
                                    "binary frames are ignored, or relayed once each, unchanged and as binary, to the other clients"),
                            frame.describe(), Msg.of("바이너리 프레임은 무시하거나 (onMessage(WebSocket, ByteBuffer) 를 비워 두기) 바이트 그대로 client.send(bytes) 로 다른 클라이언트에게 보내세요. 텍스트로 바꾸어 보내지 마세요.",
                                    "Ignore a binary frame (leave onMessage(WebSocket, ByteBuffer) empty) or send its bytes on unchanged with client.send(bytes) to the others; do not turn it into text."));
                }
            }
        }
    }
}
