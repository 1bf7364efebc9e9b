package vn.chiso766.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistyped command in Vietnamese, then the command's usage, exit code 2: picocli words its own
 * parse errors in English ("Unknown option: '--foo'"). The commands' own checks ("--period phải
 * là …") are already Vietnamese and are printed as they are.
 */
final class ParseErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(message(ex));
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println("Có phải ý bạn là: " + String.join(", ", unmatched.getSuggestions()) + "?");
        }
        line.usage(err);
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            boolean options = !words.isEmpty() && words.stream().allMatch(w -> w.startsWith("-"));
            return (options ? "Không có tùy chọn " : "Không hiểu tham số ") + quoted(words)
                    + " trong lệnh " + ex.getCommandLine().getCommandName() + ".";
        }
        if (ex instanceof MissingParameterException missing) {
            return "Thiếu " + (missing.getMissing().size() > 1 ? "các tùy chọn bắt buộc " : "tùy chọn bắt buộc ")
                    + missing.getMissing().stream().map(ParseErrors::name).collect(Collectors.joining(", ")) + ".";
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return "Tùy chọn " + name(overwritten.getOverwritten()) + " chỉ được cho một lần.";
        }
        if (ex.getCause() instanceof TypeConversionException && ex.getArgSpec() != null) {
            return "Giá trị '" + ex.getValue() + "' không hợp lệ cho " + name(ex.getArgSpec()) + ".";
        }
        return ex.getMessage(); // the commands' own checks, worded in Vietnamese
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? "'" + option.longestName() + "=" + option.paramLabel() + "'"
                : "'" + arg.paramLabel() + "'";
    }
}
