package workbook.tools.dev;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import workbook.tools.cli.CommandErrors;
import workbook.tools.cli.HelpLayout;

/**
 * {@code ./workbook dev ...}: the maintainers' commands, kept apart from the learner's as rustlings keeps {@code dev}.
 * Hidden from the learner's help; {@code ./workbook dev --help} lists them.
 */
@Command(name = "dev", hidden = true,
        description = {"관리자용 명령입니다 (학습자는 쓰지 않습니다).", "Commands for the workbook's maintainers."},
        subcommands = PristineCommand.class)
public final class DevCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** {@code ./workbook dev} alone names no command: show which there are. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("workbook dev: 명령을 하나 고르세요 / choose a command");
        HelpLayout.apply(spec.commandLine());
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandErrors.USAGE;
    }
}
