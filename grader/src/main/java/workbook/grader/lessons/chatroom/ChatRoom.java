package workbook.grader.lessons.chatroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.words.Msg;
import workbook.grader.core.wire.Probe;
import workbook.grader.lessons.common.Delivery;

/**
 * Lesson 07's room as one check sees it: who is in it, so that every join and leave is heard by exactly the clients
 * CONTRACT.md names, with exactly the count it names. One per check (it remembers the check's clients). As a
 * {@link Delivery} it sends chat JSON and expects "NAME: TEXT" at every client in the room.
 *
 * <p>A running server is shared with whoever else is connected (a browser tab, the clients of the check before):
 * the first join reads the count the server announces and waits out leaves still on their way, and every count
 * after that is taken relative to it.
 */
final class ChatRoom implements Delivery {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Probe> present = new ArrayList<>();
    /** Clients of the server that this check did not open; known after the first join. */
    private int strangers = -1;

    /**
     * How many clients that this check did not open are on the server: none on the grader's own server; on a running
     * server, a first client joins to learn it and stays, so it counts among them.
     */
    int othersOnServer(Check check) {
        if (check.gradesRunningServer() && strangers < 0) {
            join(check);
        }
        return Math.max(strangers, 0) + present.size();
    }

    /** Everyone in the room that this check opened, in the order they were counted. */
    List<Probe> present() {
        return List.copyOf(present);
    }

    /** Opens a client; it and everyone already in the room hear its arrival with the new count. */
    @Override
    public Probe join(Check check) {
        hearLeaves(check);
        Probe newcomer = check.connect();
        List<Probe> hearing = new ArrayList<>(present);
        if (strangers < 0) {
            strangers = RoomLines.firstArrival(check, newcomer, RoomLines.JOIN_HINT, RoomLines.LEAVE_HINT);
        } else {
            hearing.add(0, newcomer);
        }
        if (!hearing.isEmpty()) {
            check.expectEach(hearing, RoomLines.joinLine(count() + 1), RoomLines.JOIN_HINT);
        }
        present.add(newcomer);
        return newcomer;
    }

    /**
     * The clients this check closed or dropped since the last look have left: everyone still in the room hears each
     * leave, the count going down by one each time.
     */
    void hearLeaves(Check check) {
        int before = count();
        List<Probe> gone = present.stream().filter(Probe::hasLeft).toList();
        if (gone.isEmpty()) {
            return;
        }
        present.removeAll(gone);
        RoomLines.expectLeaves(check, present, before, gone.size(), RoomLines.LEAVE_HINT);
    }

    @Override
    public String wire(Probe sender, String text) {
        return chatJson(sender.name(), text);
    }

    @Override
    public Map<Probe, String> expected(Probe sender, List<Probe> clients, String text) {
        Map<Probe, String> expected = new LinkedHashMap<>();
        clients.forEach(client -> expected.put(client, sender.name() + ": " + text));
        return expected;
    }

    @Override
    public void verify(Check check, Probe sender, List<Probe> clients, String text) {
        hearLeaves(check);
        Delivery.super.verify(check, sender, clients, text);
    }

    @Override
    public boolean mayPrecedeTheClose(Frame frame) {
        return RoomLines.isLeave(frame);
    }

    @Override
    public Msg hint() {
        return Msg.of("onMessage 에서 {\"name\":\"NAME\",\"message\":\"TEXT\"} 를 읽어, 보낸 사람을 포함해 방의 모든 클라이언트에게 \"NAME: TEXT\" 하나만 보내나요?",
                "Does onMessage read {\"name\":\"NAME\",\"message\":\"TEXT\"} and send just \"NAME: TEXT\" to every client in the room, the sender included?");
    }

    static String chatJson(String name, String message) {
        return JSON.createObjectNode().put("name", name).put("message", message).toString();
    }

    private int count() {
        return strangers + present.size();
    }
}
