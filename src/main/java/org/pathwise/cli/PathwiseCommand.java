package org.pathwise.cli;

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
        subcommands = {ValidateCommand.class, StatusCommand.class, ListCommand.class, ProgressCommands.Mark.class,
            ProgressCommands.Note.class, ProgressCommands.Hours.class, ProgressCommands.Rate.class,
            ProgressCommands.Export.class, ProgressCommands.Import.class, ProgressCommands.Backup.class,
            ProgressCommands.Restore.class, PlanCommands.Next.class, PlanCommands.Plan.class,
            PlanCommands.Gaps.class, PlanCommands.Projects.class, PlanCommands.Set.class,
            picocli.CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:The input was refused (a bad curriculum, an unknown id …); the message says why.",
            "2:The command line was wrong.",
            "3:Pathwise failed unexpectedly; the log file has the details."})
public final class PathwiseCommand {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    public GlobalOptions global() {
        return global;
    }
}
