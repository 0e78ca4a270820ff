package org.pathwise.cli;

import java.io.PrintWriter;
import java.lang.System.Logger;
import java.nio.file.Path;
import java.util.function.Consumer;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs one command line. With no command, the window opener is called with the global options;
 * the command-line layer never touches JavaFX itself.
 */
public final class Cli {
    private static final Logger LOG = System.getLogger(Cli.class.getName());

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<GlobalOptions> openWindow) {
        PathwiseCommand root = new PathwiseCommand();
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionStrategy(parsed -> {
            if (isHelpOrVersion(parsed)) {
                return new CommandLine.RunLast().execute(parsed);
            }
            Logging.toFolder(root.global().dataFolder());
            if (parsed.subcommand() == null) {
                openWindow.accept(root.global());
                return ExitCodes.OK;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            LOG.log(Logger.Level.ERROR, "command failed: " + String.join(" ", args), e);
            Path log = Logging.file();
            err.println("pathwise: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + (log == null ? "" : " (details in " + log + ")"));
            return ExitCodes.FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static boolean isHelpOrVersion(ParseResult parsed) {
        return parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested();
    }
}
