package workbook.tools;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import workbook.tools.classgrade.GradeClassCommand;
import workbook.tools.cli.CommandErrors;
import workbook.tools.cli.HelpLayout;
import workbook.tools.dev.DevCommand;
import workbook.tools.learner.CheckCommand;
import workbook.tools.learner.HintCommand;
import workbook.tools.learner.ListCommand;
import workbook.tools.learner.ResetCommand;
import workbook.tools.learner.RunCommand;
import workbook.tools.learner.SolutionCommand;
import workbook.tools.learner.WatchCommand;
import workbook.tools.serve.ServeCommand;

/**
 * {@code ./workbook}: the one entry point for students and instructors. The learner's commands live in
 * {@code learner}, class grading in {@code classgrade}, the lesson pages in {@code serve}, the maintainers' commands
 * under {@code ./workbook dev} in {@code dev}; what they share on the command line is in {@code cli}.
 */
@Command(name = "workbook", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "WebSocket workbook 1.0",
        description = {"WebSocket 워크북 / WebSocket workbook", ""},
        subcommands = {ServeCommand.class, CheckCommand.class, WatchCommand.class, ListCommand.class, HintCommand.class, RunCommand.class,
                SolutionCommand.class, ResetCommand.class, GradeClassCommand.class, DevCommand.class})
public final class Workbook implements Runnable {

    /** Exit code for a mistake in the command line itself (an unknown lesson, a bad URL). */
    public static final int USAGE = CommandErrors.USAGE;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /** The command line with its help laid out, as {@code ./workbook --help} prints it. */
    public static CommandLine commandLine() {
        return commandLine(new String[] {"--help"});
    }

    /** The help's layout costs start-up time, so it is made only when help may be printed. */
    public static CommandLine commandLine(String[] commandWords) {
        CommandLine cli = new CommandLine(new Workbook());
        List<String> words = List.of(commandWords);
        if (words.isEmpty() || words.contains("--help") || words.contains("-h")) {
            HelpLayout.apply(cli);
        }
        return CommandErrors.install(cli);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
