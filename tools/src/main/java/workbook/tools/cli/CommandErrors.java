package workbook.tools.cli;

import picocli.CommandLine;

/**
 * How every command reports a mistake in the way it was called: one line on picocli's error writer, named after the
 * command ({@code workbook check: ...}), and exit code {@link #USAGE}. Picocli's own parse errors get Korean words
 * first and a pointer to the command's help.
 */
public final class CommandErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    /** Exit code for a mistake in the command line itself (an unknown lesson, a bad URL). */
    public static final int USAGE = 2;

    private CommandErrors() {
    }

    /** Installs the handlers on {@code cli}, which passes them on to its subcommands. */
    public static CommandLine install(CommandLine cli) {
        CommandErrors errors = new CommandErrors();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        return cli;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof UsageError || e instanceof IllegalArgumentException) {
            command.getErr().println(name(command) + ": " + e.getMessage());
            return USAGE;
        }
        throw e;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("workbook: " + UsageWords.explain(e));
        command.getErr().println("  → ./workbook " + name(command).replaceFirst("^workbook", "").trim() + " --help");
        return USAGE;
    }

    /** {@code workbook check}, {@code workbook dev pristine}: as the user typed it. */
    private static String name(CommandLine command) {
        String name = command.getCommandSpec().qualifiedName();
        return name.startsWith("workbook") ? name : "workbook " + name;
    }
}
