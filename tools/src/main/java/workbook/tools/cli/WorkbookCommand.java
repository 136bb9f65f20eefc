package workbook.tools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import workbook.grader.core.words.Lang;
import workbook.grader.core.lesson.WorkbookHome;

/**
 * A command that talks to a learner or an instructor: it gets {@code --lang} and picocli's writers through
 * {@link #io}, and runs with the language already checked and the workbook's folder found.
 */
public abstract class WorkbookCommand implements Callable<Integer> {

    @Mixin
    protected CommandIO io;

    @Override
    public final Integer call() throws Exception {
        return run(io.lang(), WorkbookHome.get());
    }

    /** The command's work; its exit code. A {@link UsageError} or {@link IllegalArgumentException} is exit code 2. */
    protected abstract int run(Lang lang, Path home) throws Exception;
}
