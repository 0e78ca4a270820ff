package org.pathwise.cli;

import java.util.List;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/** {@code pathwise}: with no command it opens the window; with one it works in the terminal. */
@Command(name = "pathwise",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Plan and track your path to becoming a machine-learning engineer.%n"
                + "With no command, opens the Pathwise window.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:The input was refused (a bad curriculum, an unknown id …); the message says why.",
            "2:The command line was wrong.",
            "3:Pathwise failed unexpectedly; the log file has the details."})
public final class PathwiseCommand {
    /** Every command, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, StatusCommand.class, ListCommand.class,
            ProgressCommands.Mark.class, ProgressCommands.Note.class, ProgressCommands.Hours.class,
            ProgressCommands.Rate.class, ProgressCommands.Export.class, ProgressCommands.Import.class,
            ProgressCommands.Backup.class, ProgressCommands.Restore.class, PlanCommands.Next.class,
            PlanCommands.Plan.class, PlanCommands.Gaps.class, PlanCommands.Projects.class, PlanCommands.Set.class,
            picocli.CommandLine.HelpCommand.class);

    /**
     * The command line for these arguments: with the one command they name, when they name one and ask
     * for no help, else with all of them (for the help, the window, and "did you mean" on a typo).
     * Building picocli's model of all seventeen commands is a third of a command's start-up.
     */
    public static CommandLine commandLine(PathwiseCommand root, String[] args) {
        CommandLine cl = new CommandLine(root);
        Optional<Class<?>> only = named(args);
        for (Class<?> c : only.map(List::<Class<?>>of).orElse(COMMANDS)) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    /** The command the arguments name, found after the global options; empty when they ask for help or name none. */
    static Optional<Class<?>> named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir") || a.equals("--curriculum")) {
                i++; // Its value follows.
            } else if (a.startsWith("--data-dir=") || a.startsWith("--curriculum=")) {
                continue;
            } else if (a.startsWith("-")) {
                return Optional.empty(); // --help, --version, or something the full model should judge.
            } else {
                for (Class<?> c : COMMANDS) {
                    Command command = c.getAnnotation(Command.class);
                    if (command != null && command.name().equals(a) && !a.equals("help")) {
                        for (String rest : java.util.Arrays.copyOfRange(args, i + 1, args.length)) {
                            if (rest.equals("-h") || rest.equals("--help")) {
                                return Optional.empty();
                            }
                        }
                        return Optional.of(c);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Mixin
    GlobalOptions global = new GlobalOptions();

    public GlobalOptions global() {
        return global;
    }
}
