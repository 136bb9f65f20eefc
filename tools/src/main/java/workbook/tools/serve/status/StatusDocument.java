package workbook.tools.serve.status;

import java.util.List;
import workbook.grader.core.lesson.Lessons.Text;
import workbook.tools.learner.Progress;

/**
 * What {@code GET /api/status} answers: every lesson in the order of {@code lessons.yaml}, with both of its servers.
 *
 * @param lessons                  the lessons, in order
 * @param notificationPeriodMillis the period lesson 06's servers were built with
 * @param current                  the lesson to work on now (the first not yet passed), or null when all have passed
 */
public record StatusDocument(List<Entry> lessons, long notificationPeriodMillis, String current) {

    /** Without a current lesson (every lesson has passed). */
    public StatusDocument(List<Entry> lessons, long notificationPeriodMillis) {
        this(lessons, notificationPeriodMillis, null);
    }

    /**
     * One lesson.
     *
     * @param page  the lesson's page on serve's own port ({@code /01-echo/}), or null where the lesson serves its
     *              page itself (lesson 07: open {@code student.http} or {@code reference.http}) or has none yet
     * @param grade the lesson's entry in {@code .workbook/progress.json} as {@code ./workbook check} wrote it, or null
     */
    public record Entry(String id, String folder, Text title, String page, ServerStatus student,
                        ServerStatus reference, Progress.Entry grade) {

        public ServerStatus server(Side side) {
            return side == Side.STUDENT ? student : reference;
        }
    }
}
