package workbook.grader.lessons.chatroom.crowd;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Frame;
import workbook.grader.core.words.Msg;

/**
 * Clients on plain sockets ({@link RawMember}s named bystander-1, bystander-2, ...) that join a room one after the
 * other and stay, reading nothing while the check goes on (the last one reads until it hears that all are in). They
 * cost the grader no thread each, yet every announcement the server makes must go to each of them, so it takes long
 * to send: an unlocked head count then races far more often than in a small room. What they heard is read at the end.
 */
final class Bystanders implements AutoCloseable {

    private final List<RawMember> members = new ArrayList<>();

    private Bystanders() {
    }

    /**
     * Connects {@code count} bystanders one after the other, then reads the last one's frames until it hears
     * {@code allIn} (the announcement that counts all of them); {@code heard[0]} says whether it did within {@code bound}
     * of the last handshake. When the first hears nothing within {@code bound}, no more come: that one is returned alone.
     */
    static Bystanders gather(Check check, int count, String allIn, Duration bound, boolean[] heard) throws IOException {
        URI uri = check.server().webSocketUri();
        Bystanders bystanders = new Bystanders();
        try {
            for (int i = 1; i <= count; i++) {
                RawMember member = RawMember.joined("bystander-" + i, uri, bound);
                bystanders.members.add(member);
                // the first hears its own arrival before anyone else comes: it is the witness of all that follows
                if (i == 1 && !member.readFrames(1, System.nanoTime() + bound.toNanos())) {
                    heard[0] = false;
                    check.journal().add(member.name() + " 이(가) 소켓으로 직접 연결하고 자기 입장 알림을 최대 " + bound.toMillis() + " ms 기다림",
                            member.name() + " connected on a plain socket and waited up to " + bound.toMillis() + " ms for its own arrival announcement");
                    return bystanders;
                }
            }
            // counted from the last handshake: on a busy machine the handshakes alone can take a second
            RawMember last = bystanders.members.get(count - 1);
            heard[0] = last.readUntil(frames -> !frames.isEmpty() && frames.get(frames.size() - 1).isText(allIn)
                    || frames.stream().anyMatch(f -> f.kind() == Frame.Kind.CLOSE), System.nanoTime() + bound.toNanos())
                    && last.heard().get(last.heard().size() - 1).isText(allIn);
        } catch (IOException e) {
            bystanders.close();
            throw e;
        }
        check.journal().add(Msg.of("소켓으로 직접 연결한 클라이언트 " + count + "개가 방에 머묾 (아무것도 읽지 않음). 마지막 클라이언트가 "
                        + allIn + " 을 들음: " + (heard[0] ? "예" : "아니요"),
                count + " clients on plain sockets joined the room and stayed, reading nothing; the last of them heard "
                        + allIn + ": " + (heard[0] ? "yes" : "no")));
        return bystanders;
    }

    /** The bystanders, in the order they joined. */
    List<RawMember> members() {
        return List.copyOf(members);
    }

    @Override
    public void close() {
        members.forEach(RawMember::close);
    }
}
