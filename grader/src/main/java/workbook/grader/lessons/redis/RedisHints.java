package workbook.grader.lessons.redis;

import workbook.grader.core.words.Msg;

/** What to look at in lesson 09, one hint per part of the lesson, in the learner's two languages. */
public final class RedisHints {

    public static final Msg SUBSCRIBE = Msg.of(
            "생성자에서 redis.connectPubSub()으로 구독용 연결을 열고, RedisPubSubAdapter를 붙인 뒤 subscriber.sync().subscribe(CHANNEL)을 부르나요?"
                    + " 자기 getConnections()에만 보내는 서버는 다른 인스턴스의 클라이언트에게 닿지 못합니다.",
            "Does the constructor open a subscriber with redis.connectPubSub(), add a RedisPubSubAdapter, and call"
                    + " subscriber.sync().subscribe(CHANNEL)? A server that only sends to its own getConnections() never"
                    + " reaches the clients of another instance.");

    public static final Msg DELIVER = Msg.of(
            "onMessage는 publish만 하고, 클라이언트에게 보내는 일은 채널에서 메시지를 받았을 때(message(channel, message)) deliver가 합니다."
                    + " 보낸 사람의 인스턴스도 Redis에서 자기 메시지를 돌려받으므로, onMessage에서 직접 보내면 두 번 받습니다.",
            "onMessage only publishes; sending to clients is deliver's job, when the channel hands the message over"
                    + " (message(channel, message)). The sender's own instance hears its message back from Redis too, so"
                    + " sending it directly in onMessage as well delivers it twice.");

    public static final Msg EXACT_TEXT = Msg.of(
            "publish(CHANNEL, message)에는 받은 message를 그대로 넘기세요. 접두사나 JSON으로 감싸면 같은 채널을 쓰는 다른 프로그램과 말이 통하지 않습니다."
                    + " \"Broadcast: \"는 deliver에서 클라이언트에게 보낼 때만 붙입니다.",
            "Hand publish(CHANNEL, message) the message exactly as received. A prefix or a JSON wrapper breaks every other"
                    + " program on the channel. \"Broadcast: \" is added only in deliver, when sending to clients.");

    public static final Msg ERROR_WHILE_AWAY = Msg.of(
            "Redis가 없는 동안 publish는 RedisException을 던집니다 (스텁의 REJECT_COMMANDS 설정 덕분에 바로). 그것을 잡아서 보낸 사람(conn)에게만"
                    + " \"Error: ...\"를 보내고, 연결은 닫지 마세요.",
            "While Redis is away, publish throws a RedisException (at once, thanks to the stub's REJECT_COMMANDS). Catch it,"
                    + " send \"Error: ...\" to the sender (conn) alone, and keep the connection open.");

    public static final Msg RECONNECT = Msg.of(
            "Lettuce는 연결이 끊기면 스스로 다시 연결하고 다시 구독합니다. autoReconnect를 끄거나, 연결이 끊겼을 때 클라이언트나 Redis 연결을 닫거나,"
                    + " 스텁의 RECONNECT_EVERY 대신 긴 지연을 쓰고 있지 않나요?",
            "Lettuce reconnects and subscribes again by itself when its connection drops. Did you switch autoReconnect off,"
                    + " close clients or Redis connections when it dropped, or use a longer delay than the stub's RECONNECT_EVERY?");

    public static final Msg UNREACHABLE = Msg.of(
            "생성자에서 connect()와 connectPubSub()이 RedisException을 던지면 closeRedis()를 부르고, redisUri를 담은 예외를 던지세요."
                    + " 그러면 서버가 시작되지 않고, 어느 주소에 닿지 못했는지 말해 줍니다.",
            "When connect() or connectPubSub() throws a RedisException in the constructor, call closeRedis() and throw an"
                    + " exception whose message holds redisUri: the server does not start, and says which address it could not reach.");

    public static final Msg STOP = Msg.of(
            "stop(int, String)에서 super.stop(...) 다음에 closeRedis()를 부르나요? redis.shutdown()만으로는 직접 만든 ClientResources의"
                    + " 스레드 (lettuce-nioEventLoop-…, lettuce-timer-…)가 남습니다: resources.shutdown(...)도 필요합니다.",
            "Does stop(int, String) call closeRedis() after super.stop(...)? redis.shutdown() alone leaves the threads of the"
                    + " ClientResources you built (lettuce-nioEventLoop-…, lettuce-timer-…): resources.shutdown(...) is needed too.");

    private RedisHints() {
    }
}
