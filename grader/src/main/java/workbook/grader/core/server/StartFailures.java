package workbook.grader.core.server;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import workbook.grader.core.server.InProcessServer.ServerStartException;
import workbook.grader.core.words.Msg;

/** Why a lesson server built in this JVM could not be built or started, in words for the learner. */
final class StartFailures {

    private StartFailures() {
    }

    /** The constructor, or once it returned {@code start()}, did not return within {@code timeout}. */
    static Msg didNotReturn(String simpleName, boolean constructed, Duration timeout) {
        String part = constructed ? "start()" : "생성자";
        String partEn = constructed ? "start()" : "constructor";
        return Msg.of(
                simpleName + " 의 " + part + "가 " + timeout.toMillis() + " ms 안에 끝나지 않았습니다. " + part
                        + " 안에서 무한히 기다리거나 반복하고 있지 않나요?",
                simpleName + "'s " + partEn + " did not return within " + timeout.toMillis()
                        + " ms. Does it wait or loop forever?");
    }

    /** It was built and started, but its port did not open: {@code why} says how, in LessonServer's words. */
    static Msg notListening(String simpleName, IllegalStateException why) {
        return Msg.of(simpleName + " 이(가) 포트를 열지 못했습니다: " + why.getMessage(),
                simpleName + " did not start listening: " + why.getMessage());
    }

    /** What building or starting threw, named as the learner's mistake it most likely is. */
    static ServerStartException explain(String simpleName, Throwable cause) {
        Throwable root = cause instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : cause;
        if (root instanceof NoSuchMethodException) {
            return new ServerStartException(Msg.of(
                    simpleName + " 에 채점기가 쓰는 public 생성자가 없습니다 (" + root.getMessage() + "). 생성자의 모양을 바꾸지 마세요.",
                    simpleName + " has no public constructor the grader can use (" + root.getMessage()
                            + "). Keep the constructor's parameters as the stub had them."), root);
        }
        if (root instanceof ClassCastException) {
            return new ServerStartException(Msg.of(simpleName + " 이(가) LessonServer 를 상속하지 않습니다.",
                    simpleName + " does not extend LessonServer."), root);
        }
        if (root instanceof UnsupportedOperationException) {
            return new ServerStartException(Msg.of(
                    "아직 구현하지 않았습니다: " + simpleName + " 을(를) 만드는 중에 스텁의 예외가 던져졌습니다: " + root.getMessage(),
                    "Not implemented yet: building " + simpleName + " threw the stub's exception: " + root.getMessage()),
                    root);
        }
        return new ServerStartException(Msg.of(simpleName + " 을(를) 만들거나 시작하다가 예외가 났습니다: " + root,
                "Building or starting " + simpleName + " threw: " + root), root);
    }
}
