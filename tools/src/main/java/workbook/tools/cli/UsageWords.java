package workbook.tools.cli;

import picocli.CommandLine;

/** A mistake in the command line, said in Korean first and then in picocli's English words. */
public final class UsageWords {

    private UsageWords() {
    }

    public static String explain(CommandLine.ParameterException e) {
        String korean;
        if (e instanceof CommandLine.MissingParameterException missing) {
            String names = String.join(", ", missing.getMissing().stream().map(arg -> arg.paramLabel()).toList());
            korean = "빠진 값이 있습니다: " + names;
        } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            korean = "알 수 없는 인자입니다: " + String.join(" ", unmatched.getUnmatched());
        } else if (e instanceof CommandLine.OverwrittenOptionException) {
            korean = "같은 옵션을 두 번 썼습니다";
        } else if (e instanceof CommandLine.MaxValuesExceededException) {
            korean = "값이 너무 많습니다";
        } else {
            korean = "명령을 이해하지 못했습니다";
        }
        return korean + " / " + e.getMessage();
    }
}
