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
        return run(args, out, err, openWindow, System.getenv());
    }

    /** The window needs a display; on Linux without X11 or Wayland say so in a sentence instead of a trace. */
    static boolean noDisplay(java.util.Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (!os.contains("linux") || Boolean.getBoolean("testfx.headless")) {
            return false;
        }
        return env.getOrDefault("DISPLAY", "").isBlank() && env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<GlobalOptions> openWindow,
                   java.util.Map<String, String> env) {
        PathwiseCommand root = new PathwiseCommand();
        CommandLine cl = PathwiseCommand.commandLine(root, args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionStrategy(parsed -> {
            if (isHelpOrVersion(parsed)) {
                return new CommandLine.RunLast().execute(parsed);
            }
            GlobalOptions g = root.global();
            if ((g.dataDir != null && g.dataDir.toString().isBlank())
                    || (g.curriculumDir != null && g.curriculumDir.toString().isBlank())) {
                err.println("pathwise: " + (g.dataDir != null && g.dataDir.toString().isBlank() ? "--data-dir"
                        : "--curriculum") + " is empty; name a folder.");
                return ExitCodes.USAGE;
            }
            Logging.toFolder(root.global().dataFolder());
            if (parsed.subcommand() == null) {
                if (noDisplay(env)) {
                    err.println("pathwise: the window needs a display, and none is set (DISPLAY and WAYLAND_DISPLAY "
                            + "are empty). Without one, the commands work: next, plan, gaps, projects, status, mark, "
                            + "export … (`pathwise --help` lists them all).");
                    return ExitCodes.REFUSED;
                }
                openWindow.accept(root.global());
                return ExitCodes.OK;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            LOG.log(Logger.Level.ERROR, "command failed: " + String.join(" ", args), e);
            Path log = Logging.file();
            err.println("pathwise: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + (log == null ? "" : " (details in the log in " + log.getParent() + ")"));
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
