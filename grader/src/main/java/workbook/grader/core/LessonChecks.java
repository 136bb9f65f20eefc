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
 * ends within 5 seconds even against a server that never answers (the grader's own waits are shorter). A class that
 * needs longer (lesson 06 waits in notification periods) carries a {@link Timeout} of its own, and a check that runs
 * out says that limit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(GraderExtension.class)
@Timeout(value = 5, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public @interface LessonChecks {

    /** The tag of a task class whose checks are optional: graded and shown, but not needed to finish the lesson. */
    String OPTIONAL_TAG = "optional";
}
