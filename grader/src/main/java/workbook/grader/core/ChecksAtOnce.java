package workbook.grader.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a lesson's checks class: at most this many of its checks run at once, whatever else allows more. For a lesson
 * whose every check starts heavy parts of its own (lesson 09: a Redis server and two instances, each with Lettuce's
 * threads), where all of them started together crowd a small machine more than they save in waiting.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ChecksAtOnce {

    int value();
}
