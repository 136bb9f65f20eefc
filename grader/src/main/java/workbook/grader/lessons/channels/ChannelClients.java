package workbook.grader.lessons.channels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import workbook.grader.core.Check;
import workbook.grader.core.CheckFailed;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Explain;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.grader.core.words.Steps;
import workbook.grader.lessons.common.ExactText;

/**
 * Lesson 05 as its clients speak it: the requests they send, the answers they expect, and how a wrong answer is
 * named (a subscribe request relayed to the channel is the tutorial's own defect).
 */
final class ChannelClients {

    private ChannelClients() {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Msg SUBSCRIBE_HINT = Msg.of(
            "type 이 \"subscribe\" 인 요청이면 conn.setAttachment(channel) 로 연결에 채널을 적고, 보낸 사람에게만 \"Subscribed to channel: \" + channel 을 보내나요?",
            "For a request whose type is \"subscribe\", do you note the channel on the connection with conn.setAttachment(channel) and send \"Subscribed to channel: \" + channel to the sender only?");
    static final Msg CHANNEL_HINT = Msg.of(
            "채널 C 로 온 메시지는 getConnections() 중 열려 있고 getAttachment() 가 C 인 클라이언트에게만 \"Channel C: \" + content 로 가나요? 보낸 사람이 C 에 없으면 보낸 사람은 받지 않습니다.",
            "Does a message for channel C go, as \"Channel C: \" + content, only to the open clients of getConnections() whose getAttachment() is C? A sender outside C gets nothing.");
    static final Msg RELAY_HINT = Msg.of(
            "구독 요청은 처리할 요청이지 채널에 보낼 메시지가 아닙니다. 튜토리얼에는 'message' 처리기가 둘이라 모든 메시지가 두 처리기를 다 거치고, 첫 번째가 구독 요청까지 채널에 보냅니다 (content 가 없으니 undefined). type 을 먼저 보고 subscribe 면 구독만, 아니면 전달만 하세요.",
            "A subscribe request is a request to carry out, not a message for the channel. The tutorial has two 'message' handlers, so every message goes through both and the first relays subscribe requests too (they have no content, hence undefined). Look at type first: subscribe only subscribes; anything else is relayed.");

    /** {@code {"type":"subscribe","channel":C}} */
    static String subscribe(String channel) {
        return "{\"type\":\"subscribe\",\"channel\":" + quoted(channel) + "}";
    }

    /** {@code {"channel":C,"content":T}}, with JSON escapes where the text needs them. */
    static String message(String channel, String content) {
        return "{\"channel\":" + quoted(channel) + ",\"content\":" + quoted(content) + "}";
    }

    static String confirmation(String channel) {
        return "Subscribed to channel: " + channel;
    }

    static String delivered(String channel, String content) {
        return "Channel " + channel + ": " + content;
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string is always JSON", e);
        }
    }

    /** Connects the next client and subscribes it to {@code channel}; it has its confirmation when this returns. */
    static Probe subscribed(Check check, String channel) {
        Probe probe = check.connect();
        subscribe(check, probe, channel);
        return probe;
    }

    static void subscribe(Check check, Probe probe, String channel) {
        probe.send(subscribe(channel));
        expectExactly(check, probe, confirmation(channel), SUBSCRIBE_HINT);
    }

    /**
     * The tutorial's first defect as a client sees it: a subscribe request relayed to the channel, with no content
     * ("undefined" in JavaScript, "null" in Java).
     */
    private static final Pattern RELAYED = Pattern.compile("Channel .*: (undefined|null)", Pattern.DOTALL);

    /** {@code probe}'s next frame is exactly {@code expected}; a relayed subscribe request is named as such. */
    static void expectExactly(Check check, Probe probe, String expected, Msg hint) {
        Msg wanted = Explain.receivesText(probe.name(), expected);
        check.expectText(probe, wanted, text -> {
            if (!text.equals(expected) && RELAYED.matcher(text).matches()) {
                throw relayed(check, probe, text, wanted);
            }
            ExactText.fault(probe.name(), expected, text).ifPresent(fault -> {
                check.fail(fault.problem(), wanted, Msg.of("텍스트 " + Quote.text(text), "text " + Quote.text(text)),
                        fault.hint().plus(Msg.same(" ")).plus(hint));
            });
            return text.equals(expected);
        }, hint);
    }

    /** Nothing reaches any of {@code clients} during the silence window; a relayed subscribe request is named as such. */
    static void expectQuiet(Check check, Msg hint, Probe... clients) {
        Check.Stray stray = watch(check, List.of(clients));
        if (stray == null) {
            return;
        }
        Msg wanted = Explain.nothingReaches(stray.client().name(), Check.SILENCE_WINDOW);
        if (stray.frame().isText() && RELAYED.matcher(stray.frame().text()).matches()) {
            throw relayed(check, stray.client(), stray.frame().text(), wanted);
        }
        check.fail(Explain.unwantedFrame(stray.client().name()), wanted, stray.frame().describe(), hint);
    }

    private static CheckFailed relayed(Check check, Probe probe, String text, Msg wanted) {
        return check.failed(Msg.of(probe.name() + " 이(가) 구독 요청을 채널 메시지로 받았습니다: " + Quote.text(text) + ".",
                        probe.name() + " received a subscribe request relayed as a channel message: " + Quote.text(text) + "."),
                wanted, Msg.of("텍스트 " + Quote.text(text), "text " + Quote.text(text)), RELAY_HINT);
    }

    /** {@code sender} sends {@code content} to {@code channel}: exactly {@code recipients} receive it. */
    static void sendAndExpect(Check check, Probe sender, String channel, String content, List<Probe> recipients,
                                      List<Probe> everyone) {
        sender.send(message(channel, content));
        for (Probe recipient : recipients) {
            expectExactly(check, recipient, delivered(channel, content), CHANNEL_HINT);
        }
        List<Probe> others = new ArrayList<>(everyone);
        others.removeAll(recipients);
        expectQuiet(check, CHANNEL_HINT, others.toArray(Probe[]::new));
    }

    /** The first frame any of {@code clients} receives during the silence window, or null; the journal says so. */
    static Check.Stray watch(Check check, List<Probe> clients) {
        check.journal().add(Steps.watchedForSilence(clients.stream().map(Probe::name).toList(), Check.SILENCE_WINDOW));
        return check.watch(Check.SILENCE_WINDOW, frame -> false, clients.toArray(Probe[]::new));
    }
}
