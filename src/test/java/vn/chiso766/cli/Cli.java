package vn.chiso766.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        return run(new Main(), args);
    }

    /** One command object (fetch with a test's surroundings), run as the command line would. */
    static Cli run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = command instanceof Main ? Main.commandLine()
                : new CommandLine(command).setParameterExceptionHandler(new ParseErrors());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
