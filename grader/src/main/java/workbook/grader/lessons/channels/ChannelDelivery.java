package workbook.grader.lessons.channels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import workbook.grader.core.Check;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.lessons.common.Delivery;

/**
 * Lesson 05's delivery for the rules of every lesson: each client joins by subscribing, alternately to "news" and
 * "sports", and sends a text as the content of a message to its own channel. So every rule also checks that the
 * other channel hears nothing. One instance per check: it remembers which client is in which channel.
 */
final class ChannelDelivery implements Delivery {

    private static final List<String> CHANNELS = List.of("news", "sports");

    private final Map<Probe, String> channelOf = new ConcurrentHashMap<>();

    @Override
    public Probe join(Check check) {
        String channel = CHANNELS.get(channelOf.size() % CHANNELS.size());
        Probe probe = ChannelClients.subscribed(check, channel);
        channelOf.put(probe, channel);
        return probe;
    }

    @Override
    public String wire(Probe sender, String text) {
        return ChannelClients.message(channelOf.get(sender), text);
    }

    @Override
    public Map<Probe, String> expected(Probe sender, List<Probe> clients, String text) {
        String channel = channelOf.get(sender);
        Map<Probe, String> expected = new LinkedHashMap<>();
        for (Probe client : clients) {
            if (channel.equals(channelOf.get(client))) {
                expected.put(client, ChannelClients.delivered(channel, text));
            }
        }
        return expected;
    }

    @Override
    public void expectReceived(Check check, Probe client, String text) {
        ChannelClients.expectExactly(check, client, text, hint());
    }

    /** A relayed subscribe request among the strays is named as such. */
    @Override
    public void quietAfterwards(Check check, List<Probe> clients) {
        ChannelClients.expectQuiet(check, ChannelClients.CHANNEL_HINT, clients.toArray(Probe[]::new));
    }

    @Override
    public Msg hint() {
        return ChannelClients.CHANNEL_HINT;
    }
}
