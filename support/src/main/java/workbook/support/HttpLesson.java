package workbook.support;

/** A lesson server that also serves HTTP pages (lesson 07); the grader asks it which port it bound. */
public interface HttpLesson {

    /** The HTTP port actually bound, valid once the server listens (the real one when it was given port 0). */
    int httpPort();
}
