package workbook.grader.lessons.channels;

import static workbook.grader.lessons.channels.ChannelClients.CHANNEL_HINT;
import static workbook.grader.lessons.channels.ChannelClients.RELAY_HINT;
import static workbook.grader.lessons.channels.ChannelClients.SUBSCRIBE_HINT;
import static workbook.grader.lessons.channels.ChannelClients.confirmation;
import static workbook.grader.lessons.channels.ChannelClients.delivered;
import static workbook.grader.lessons.channels.ChannelClients.expectExactly;
import static workbook.grader.lessons.channels.ChannelClients.expectQuiet;
import static workbook.grader.lessons.channels.ChannelClients.message;
import static workbook.grader.lessons.channels.ChannelClients.sendAndExpect;
import static workbook.grader.lessons.channels.ChannelClients.subscribe;
import static workbook.grader.lessons.channels.ChannelClients.subscribed;
import static workbook.grader.lessons.channels.ChannelClients.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import workbook.grader.core.Check;
import workbook.grader.core.LessonChecks;
import workbook.grader.core.OrderedWhenShared;
import workbook.grader.core.wire.Probe;
import workbook.grader.core.words.Msg;
import workbook.grader.core.words.Quote;
import workbook.grader.lessons.common.CommonRules;
import workbook.grader.lessons.common.Delivery;

/**
 * Lesson 05. The tasks run in their numbered order: against a running server (graded by URL, one check after another)
 * the checks that feed it bad input come after those that do not, because the tutorial's server dies on the first
 * message that is not JSON and every later check would only find it gone.
 */
@LessonChecks
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
@DisplayName("05 채널 / 05 Channels")
public class ChannelChecks {

    @Nested
    @Order(1)
    @Tag("task:1")
    @DisplayName("과제 1 · 채널을 구독한다 / Task 1 · Subscribe to a channel")
    class Task1 {

        @Test
        @DisplayName("구독하면 보낸 사람만 확인 메시지를 받는다 / Subscribing sends a confirmation to the subscriber only")
        void subscribeIsConfirmed(Check check) {
            List<Probe> clients = check.connect(2);
            clients.get(0).send(subscribe("news"));
            expectExactly(check, clients.get(0), confirmation("news"), SUBSCRIBE_HINT);
            expectQuiet(check, SUBSCRIBE_HINT, clients.toArray(Probe[]::new));
        }

        @Test
        @DisplayName("한글 채널 이름도 그대로 돌아온다 / A channel name in Korean comes back as it was sent")
        void koreanChannelName(Check check) {
            Probe client = subscribed(check, "공지 사항 📢");
            client.send(message("공지 사항 📢", "내일은 쉽니다"));
            expectExactly(check, client, delivered("공지 사항 📢", "내일은 쉽니다"), CHANNEL_HINT);
            expectQuiet(check, CHANNEL_HINT, client);
        }

        @Test
        @DisplayName("구독 요청은 채널에 메시지로 전달되지 않는다 / A subscribe request is never relayed to the channel")
        void subscribeIsNotRelayed(Check check) {
            List<Probe> members = List.of(subscribed(check, "news"), subscribed(check, "news"));
            Probe newcomer = check.connect();
            newcomer.send(subscribe("news"));
            expectExactly(check, newcomer, confirmation("news"), SUBSCRIBE_HINT);
            List<Probe> everyone = new ArrayList<>(members);
            everyone.add(newcomer);
            Check.Stray stray = watch(check, everyone);
            if (stray != null) {
                String text = stray.frame().isText() ? stray.frame().text() : "";
                Msg problem = text.startsWith("Channel news:")
                        ? Msg.of(stray.client().name() + " 이(가) " + newcomer.name() + " 의 구독 요청을 채널 메시지로 받았습니다: " + Quote.text(text) + ".",
                                stray.client().name() + " received " + newcomer.name() + "'s subscribe request relayed as a channel message: " + Quote.text(text) + ".")
                        : Msg.of(stray.client().name() + " 이(가) 받지 말아야 할 프레임을 받았습니다.",
                                stray.client().name() + " received a frame it should not have.");
                check.fail(problem, Msg.of(newcomer.name() + " 만 확인 메시지를 받고, 채널의 다른 클라이언트에게는 아무것도 오지 않음",
                                "only " + newcomer.name() + " gets a confirmation; nothing reaches the others in the channel"),
                        stray.frame().describe(), RELAY_HINT);
            }
        }

        @Test
        @DisplayName("다시 구독하면 새 채널로 옮긴다 / Subscribing again moves the client to the new channel")
        void subscribingAgainMoves(Check check) {
            Probe mover = subscribed(check, "news");
            mover.send(subscribe("sports"));
            expectExactly(check, mover, confirmation("sports"), SUBSCRIBE_HINT);
            Probe newsReader = subscribed(check, "news");
            Probe sportsFan = subscribed(check, "sports");
            List<Probe> everyone = List.of(mover, newsReader, sportsFan);
            Msg hint = Msg.of("한 클라이언트는 채널 하나에만 있습니다. 다시 구독하면 conn.setAttachment 로 채널을 바꿔 적으세요 (목록에 더하지 말고).",
                    "A client is in one channel at a time: subscribing again replaces the channel noted with conn.setAttachment (it is not added to a list).");
            newsReader.send(message("news", "only news readers"));
            expectExactly(check, newsReader, delivered("news", "only news readers"), CHANNEL_HINT);
            expectQuiet(check, hint, mover, sportsFan);
            sendAndExpect(check, sportsFan, "sports", "goal!", List.of(mover, sportsFan), everyone);
        }
    }

    @Nested
    @Order(2)
    @Tag("task:2")
    @DisplayName("과제 2 · 채널에 메시지를 보낸다 / Task 2 · Send a message to a channel")
    class Task2 {

        @Test
        @DisplayName("채널의 모든 클라이언트가 받는다, 보낸 사람도 / Every client in the channel receives it, the sender included")
        void everyoneInTheChannel(Check check) {
            Probe sender = subscribed(check, "news");
            Probe reader = subscribed(check, "news");
            Probe sportsFan = subscribed(check, "sports");
            Probe unsubscribed = check.connect();
            sendAndExpect(check, sender, "news", "hello news", List.of(sender, reader),
                    List.of(sender, reader, sportsFan, unsubscribed));
        }

        @Test
        @DisplayName("보낸 사람이 그 채널에 없어도 된다 / The sender need not be in the channel")
        void senderOutsideTheChannel(Check check) {
            Probe newsReader = subscribed(check, "news");
            Probe sportsFan = subscribed(check, "sports");
            Probe unsubscribed = check.connect();
            List<Probe> everyone = List.of(newsReader, sportsFan, unsubscribed);
            sendAndExpect(check, newsReader, "sports", "from a news reader", List.of(sportsFan), everyone);
            sendAndExpect(check, unsubscribed, "news", "from nobody's channel", List.of(newsReader), everyone);
        }

        @Test
        @DisplayName("\"type\":\"message\" 를 붙여도 같다 / \"type\": \"message\" works like no type")
        void typeMessage(Check check) {
            bothInNewsReceive(check, "{\"type\":\"message\",\"channel\":\"news\",\"content\":\"typed\"}", "typed", CHANNEL_HINT);
        }

        @Test
        @DisplayName("JSON 이스케이프가 풀려서 전달된다 / JSON escapes are decoded")
        void escapesAreDecoded(Check check) {
            bothInNewsReceive(check, "{\"channel\":\"news\",\"content\":\"say \\\"hi\\\"\\nback\\\\slash caf\\u00e9 \\ud55c \\ud83d\\ude00\"}",
                    "say \"hi\"\nback\\slash café 한 😀",
                    Msg.of("JSON 문자열은 Jackson 이 풀어 줍니다: 손으로 자르지 말고 json.readTree(message).path(\"content\").textValue() 를 쓰세요.",
                            "Jackson decodes JSON strings for you: do not cut the text by hand; use json.readTree(message).path(\"content\").textValue()."));
        }

        /** Two clients subscribe to news; the first sends {@code request}; each of them receives {@code content} once. */
        private void bothInNewsReceive(Check check, String request, String content, Msg hint) {
            Probe sender = subscribed(check, "news");
            Probe reader = subscribed(check, "news");
            sender.send(request);
            expectExactly(check, sender, delivered("news", content), hint);
            expectExactly(check, reader, delivered("news", content), hint);
            expectQuiet(check, hint, sender, reader);
        }
    }

    @Nested
    @Order(3)
    @Tag("task:3")
    @TestMethodOrder(OrderedWhenShared.class)
    @DisplayName("과제 3 · 쓸 수 없는 요청에는 오류로 답한다 / Task 3 · Answer a request it cannot use with an error")
    class Task3 {

        @Test
        @Order(1)
        @DisplayName("JSON 이 아닌 메시지에 오류로 답하고 연결을 유지한다 / Text that is not JSON gets an error, and the connection stays open")
        void notJson(Check check) {
            rejects(check, List.of("JSON"), Msg.of("JSON 이 아님", "not JSON"),
                    "hello", "{\"channel\":\"news\",\"content\":\"hi\"", "{\"channel\":\"news\",\"content\":\"hi\"} and more");
        }

        @Test
        @Order(2)
        @DisplayName("객체가 아닌 JSON 에 오류로 답한다 / JSON that is not an object gets an error")
        void notAnObject(Check check) {
            rejects(check, List.of("object", "객체"), Msg.of("객체가 아님", "not an object"), "[\"news\",\"hi\"]", "\"news\"", "42", "null");
        }

        @Test
        @Order(3)
        @DisplayName("channel 이 없거나 비어 있으면 오류로 답한다 / A missing or empty channel gets an error")
        void badChannel(Check check) {
            rejects(check, List.of("channel", "채널"), Msg.of("channel 이 없거나 비어 있음", "a missing or empty channel"),
                    "{\"content\":\"hi\"}", "{\"channel\":\"\",\"content\":\"hi\"}",
                    "{\"type\":\"subscribe\"}", "{\"type\":\"subscribe\",\"channel\":\"\"}");
        }

        @Test
        @Order(4)
        @DisplayName("content 가 없거나 문자열이 아니면 오류로 답한다 / A missing content, or one that is not a string, gets an error")
        void badContent(Check check) {
            rejects(check, List.of("content", "내용"), Msg.of("content 가 없거나 문자열이 아님", "a missing content, or one that is not a string"),
                    "{\"channel\":\"news\"}", "{\"channel\":\"news\",\"content\":5}", "{\"channel\":\"news\",\"content\":null}");
        }

        @Test
        @Order(5)
        @DisplayName("알 수 없는 type 에 오류로 답한다 / An unknown type gets an error")
        void unknownType(Check check) {
            rejects(check, List.of("type", "타입", "종류"), Msg.of("알 수 없는 type", "an unknown type"),
                    "{\"type\":\"unsubscribe\",\"channel\":\"news\"}", "{\"type\":\"publish\",\"channel\":\"news\",\"content\":\"hi\"}");
        }

        /**
         * The sender (in "news", beside another "news" reader and a client in no channel) sends each bad request and
         * gets one "Error: ..." reply naming the problem with one of {@code words} (English or Korean, any case);
         * nobody else hears anything, and a good message afterwards still goes through.
         */
        private void rejects(Check check, List<String> words, Msg problem, String... requests) {
            // The reader subscribes before the sender, so that a server that relays subscribe requests (the tutorial's
            // first defect) sends nothing to the sender: its first frame after a bad request is the answer to it.
            Probe sender = check.connect();
            Probe reader = subscribed(check, "news");
            subscribe(check, sender, "news");
            Probe bystander = check.connect();
            String named = words.stream().map(word -> "\"" + word + "\"").collect(java.util.stream.Collectors.joining(" / "));
            Msg wanted = Msg.of(sender.name() + " 에게 \"Error: \" 로 시작하고 문제 (" + problem.ko() + ") 를 말하는 텍스트 도착 ("
                            + named + " 중 한 낱말이 들어 있음, 대소문자 무관)",
                    sender.name() + " receives a text that starts with \"Error: \" and names the problem (" + problem.en()
                            + "): it mentions " + named.replace(" / ", " or ") + ", in any case");
            Msg hint = Msg.of("쓸 수 없는 요청에는 보낸 사람에게만 \"Error: \" 로 시작하고 무엇이 잘못됐는지 (" + problem.ko()
                            + ") 말하는 답을 보내고, 그 요청으로는 아무것도 하지 마세요. 답은 영어나 한국어로 씁니다. 예외로 연결을 끊지 마세요.",
                    "Answer a request you cannot use, to its sender only, with a text that starts with \"Error: \" and says what is wrong ("
                            + problem.en() + "), in English or Korean, and do nothing else with it. Do not let an exception drop the connection.");
            for (String request : requests) {
                sender.send(request);
                check.expectText(sender, wanted, text -> text.startsWith("Error: ") && words.stream()
                        .anyMatch(word -> text.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))), hint);
            }
            sendAndExpect(check, sender, "news", "still here", List.of(sender, reader), List.of(sender, reader, bystander));
        }
    }

    @Nested
    @Order(4)
    @Tag("task:4")
    @DisplayName("과제 4 · 모든 레슨의 공통 규칙 / Task 4 · Rules for every lesson")
    class Rules extends CommonRules {
        Rules() {
            super(new ChannelDelivery());
        }
    }
}
