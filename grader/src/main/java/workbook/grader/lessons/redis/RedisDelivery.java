package workbook.grader.lessons.redis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.common.Delivery;

/**
 * Lesson 09 seen through the rules every lesson shares: clients join the instances in turn (A, B, A, ...), and a
 * message from any of them reaches every client of every instance as {@code Broadcast: M}.
 */
public final class RedisDelivery implements Delivery {

    @Override
    public Probe join(Check check) {
        return Cluster.of(check).joinNext();
    }

    @Override
    public Map<Probe, String> expected(Probe sender, List<Probe> clients, String text) {
        Map<Probe, String> everyone = new LinkedHashMap<>();
        clients.forEach(client -> everyone.put(client, Crossing.PREFIX + text));
        return everyone;
    }

    @Override
    public Msg hint() {
        return Msg.of("모든 인스턴스의 모든 클라이언트가 메시지마다 \"" + Crossing.PREFIX + "\" 뒤에 받은 글 그대로를 한 번씩 받아야 합니다. ", 
                "Every client of every instance receives \"" + Crossing.PREFIX + "\" and the text unchanged, once per message. ")
                .plus(RedisHints.DELIVER);
    }
}
