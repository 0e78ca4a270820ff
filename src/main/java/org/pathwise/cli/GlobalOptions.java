package org.pathwise.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.pathwise.catalog.CurriculumSource;
import org.pathwise.progress.DataFolder;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options that apply to the window and to every command alike. */
public final class GlobalOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for progress, backups and logs (default: $" + DataFolder.ENVIRONMENT_VARIABLE
                    + ", else the per-user data folder).")
    Path dataDir;

    @Option(names = "--curriculum", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Use the curriculum in DIR instead of the built-in one.")
    Path curriculumDir;

    public Path dataFolder() {
        return DataFolder.resolve(Optional.ofNullable(dataDir));
    }

    public Optional<Path> curriculumFolder() {
        return Optional.ofNullable(curriculumDir);
    }

    /** The curriculum to use: the folder given with --curriculum, else the built-in one. */
    public CurriculumSource curriculumSource() {
        return curriculumDir == null ? CurriculumSource.builtIn() : CurriculumSource.folder(curriculumDir);
    }
}
