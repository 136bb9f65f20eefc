package workbook.grader.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a lesson's checks class: its test methods receive a {@link Check} against the configured target, and each
 * ends within 10 seconds even against a server that never answers. Each of the grader's waits has a bound of its own
 * (2 s for an answer, 1 s for a handshake), and a server that hangs fails at the first of them; the whole limit is for
 * a correct server on a busy machine, where a check's steps add up. Under a CPU quota of 0.7 cores, grading two
 * submissions at once, starting the sandboxed server took 2.6 s of a check and its steps another 2.6 s: 5 s was too
 * little. A class that needs longer (lesson 06 waits in notification periods) carries a {@link Timeout} of its own,
 * and a check that runs out says that limit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(GraderExtension.class)
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public @interface LessonChecks {

    /** The tag of a task class whose checks are optional: graded and shown, but not needed to finish the lesson. */
    String OPTIONAL_TAG = "optional";
}
