package workbook.tools.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workbook.grader.core.words.Lang;

/**
 * How a command talks to its user, mixed into every command that prints: {@code --lang ko|en}, declared once, and
 * picocli's writers, which a test replaces with its own.
 */
public final class CommandIO {

    @Option(names = "--lang", defaultValue = "ko", paramLabel = "ko|en", description = "메시지 언어 / language (ko, en)")
    private String lang;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The language asked for; an unknown one is a usage error (an {@link IllegalArgumentException}). */
    public Lang lang() {
        return Lang.parse(lang);
    }

    /** The one place where a command picks its Korean or its English words. */
    public String say(String korean, String english) {
        return lang() == Lang.KO ? korean : english;
    }

    public PrintWriter out() {
        return command.commandLine().getOut();
    }

    public PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** {@link #out()} for the printers that take a stream (the grader's result printer, compile errors). */
    public PrintStream outStream() {
        return WriterStream.of(out());
    }
}
