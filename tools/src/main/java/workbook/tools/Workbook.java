package workbook.tools;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import workbook.tools.cli.HelpLayout;
import workbook.tools.cli.UsageWords;

/** {@code ./workbook}: the one entry point for students and instructors. */
@Command(name = "workbook", mixinStandardHelpOptions = true, version = "WebSocket workbook 1.0",
        description = {"WebSocket 워크북 / WebSocket workbook", ""},
        subcommands = {ServeCommand.class, CheckCommand.class, WatchCommand.class, ListCommand.class, HintCommand.class, RunCommand.class,
                SolutionCommand.class, ResetCommand.class, GradeClassCommand.class, PristineCommand.class})
public final class Workbook implements Runnable {

    /** Exit code for a mistake in the command line itself (an unknown lesson, a bad URL). */
    public static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    static CommandLine commandLine() {
        return commandLine(new String[] {"--help"});
    }

    /** The help's layout costs start-up time, so it is made only when help may be printed. */
    static CommandLine commandLine(String[] commandWords) {
        CommandLine cli = new CommandLine(new Workbook());
        java.util.List<String> words = java.util.List.of(commandWords);
        if (words.isEmpty() || words.contains("--help") || words.contains("-h")) {
            HelpLayout.apply(cli);
        }
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("workbook: " + UsageWords.explain(e));
            e.getCommandLine().getErr().println("  → ./workbook " + e.getCommandLine().getCommandName().replace("workbook", "").trim()
                    + " --help");
            return USAGE;
        });
        return cli;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
