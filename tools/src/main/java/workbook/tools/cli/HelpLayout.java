package workbook.tools.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import workbook.grader.korean.Particles;

/**
 * {@code --help} that breaks Korean lines between words. Picocli breaks wherever Java's line breaker allows, and that
 * allows a break between any two Hangul syllables ({@code 실행\n합니다}); here every description is cut at spaces
 * into lines that fit, before picocli lays them out, so it never has to break one. Each "한국어 / English" text
 * becomes two lines, particles attach to the code they follow ({@code NN을}), and picocli's own help and version
 * options get Korean words too.
 */
public final class HelpLayout {

    /** The width picocli lays help out in (its default). */
    private static final int WIDTH = 80;
    /** Where an option's description starts at most: picocli's name columns, long names capped at 20. */
    private static final int OPTION_COLUMN = 30;

    private HelpLayout() {
    }

    /** Rewrites the help texts of {@code cli} and of every subcommand, and lists the subcommands itself. */
    public static void apply(CommandLine cli) {
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commandList);
        rewrap(cli.getCommandSpec());
        for (CommandLine subcommand : cli.getSubcommands().values()) {
            apply(subcommand);
        }
    }

    private static void rewrap(CommandSpec spec) {
        String[] description = spec.usageMessage().description();
        spec.usageMessage().description(lines(description, WIDTH));
        for (OptionSpec option : List.copyOf(spec.options())) {
            String[] text = option.usageHelp() ? new String[] {"도움말을 보여 줍니다 / Show this help message and exit."}
                    : option.versionHelp() ? new String[] {"버전을 보여 줍니다 / Print version information and exit."}
                    : option.description();
            spec.remove(option);
            spec.addOption(option.toBuilder().description(lines(text, WIDTH - OPTION_COLUMN)).build());
        }
        for (PositionalParamSpec positional : List.copyOf(spec.positionalParameters())) {
            spec.remove(positional);
            spec.addPositional(positional.toBuilder()
                    .description(lines(positional.description(), WIDTH - OPTION_COLUMN)).build());
        }
    }

    /** The subcommands with their first description line (Korean), wrapped between words under each other. */
    private static String commandList(CommandLine.Help help) {
        Map<String, CommandLine.Help> commands = help.subcommands();
        if (commands.isEmpty()) {
            return "";
        }
        int nameWidth = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder out = new StringBuilder();
        String indent = " ".repeat(2 + nameWidth);
        for (Map.Entry<String, CommandLine.Help> command : commands.entrySet()) {
            String[] description = command.getValue().commandSpec().usageMessage().description();
            String first = description.length == 0 ? "" : description[0];
            List<String> wrapped = wrap(firstSentences(description), WIDTH - indent.length());
            out.append("  ").append(String.format("%-" + nameWidth + "s", command.getKey()))
                    .append(wrapped.isEmpty() ? first : wrapped.get(0)).append('\n');
            for (int i = 1; i < wrapped.size(); i++) {
                out.append(indent).append(wrapped.get(i)).append('\n');
            }
        }
        return out.toString();
    }

    /** The Korean lines of a description already cut by {@link #rewrap}: every line before the first English one. */
    private static String firstSentences(String[] description) {
        StringBuilder korean = new StringBuilder();
        for (String line : description) {
            if (!hasHangul(line) && korean.length() > 0) {
                break;
            }
            korean.append(korean.length() == 0 ? "" : " ").append(line);
        }
        return korean.toString();
    }

    static String[] lines(String[] texts, int width) {
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            for (String part : text.split(" / ")) {
                lines.addAll(wrap(Particles.fix(part), width));
            }
        }
        return lines.toArray(String[]::new);
    }

    /** {@code text} cut at spaces into lines at most {@code width} columns wide (a Hangul syllable takes two). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split(" +")) {
            if (line.length() > 0 && columns(line) + 1 + columns(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    public static int columns(CharSequence text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            columns += isWide(text.charAt(i)) ? 2 : 1;
        }
        return columns;
    }

    private static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3000 && c <= 0x9FFF);
    }

    private static boolean hasHangul(String text) {
        return text.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }
}
