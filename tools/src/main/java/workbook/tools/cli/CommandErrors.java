package workbook.tools.cli;

import java.util.List;
import java.util.Optional;
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
        String words = name(command).replaceFirst("^workbook", "").trim();
        command.getErr().println("  → ./workbook " + (words.isEmpty() ? "" : words + " ") + "--help");
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> typed = unmatched.getUnmatched();
            nestedCommand(command, typed.get(0)).ifPresent(group -> command.getErr().println("  → ./workbook " + group + " "
                    + String.join(" ", typed) + " (명령이 옮겨졌습니다 / the command has moved)"));
        }
        return USAGE;
    }

    /** The group of commands one level further down that has one of this name ({@code dev} for {@code pristine}). */
    private static Optional<String> nestedCommand(CommandLine command, String word) {
        for (CommandLine group : command.getSubcommands().values()) {
            if (group.getSubcommands().containsKey(word)) {
                return Optional.of(group.getCommandName());
            }
        }
        return Optional.empty();
    }

    /** {@code workbook check}, {@code workbook dev pristine}: as the user typed it. */
    private static String name(CommandLine command) {
        String name = command.getCommandSpec().qualifiedName();
        return name.startsWith("workbook") ? name : "workbook " + name;
    }
}
