package org.pathwise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.pathwise.model.LearnerProgress;
import org.pathwise.model.Level;
import org.pathwise.model.Status;
import org.pathwise.progress.Backups;
import org.pathwise.progress.ProgressFile;
import org.pathwise.progress.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The commands that change or save the learner's progress. */
final class ProgressCommands {
    private ProgressCommands() {
    }

    /** Runs one action on an open session and turns refusals into one line and exit 1. */
    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        PathwiseCommand parent;

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        @Override
        public Integer call() throws StoreException {
            try (Session s = Session.open(parent.global(), err())) {
                run(s);
                return ExitCodes.OK;
            } catch (Session.Refused e) {
                err().println("pathwise: " + e.getMessage());
                return ExitCodes.REFUSED;
            } catch (StoreException e) {
                err().println("pathwise: " + e.getMessage());
                return ExitCodes.REFUSED;
            }
        }

        abstract void run(Session s) throws Session.Refused, StoreException;
    }

    @Command(name = "mark", description = "Set a resource's status: not-started, in-progress, done or skipped. "
            + "Prints its acknowledgement only once the change is safely on disk.")
    static final class Mark extends Base {
        @Parameters(index = "0", paramLabel = "ID", description = "The resource's id.")
        String id;

        @Parameters(index = "1", paramLabel = "STATUS", description = "not-started, in-progress, done or skipped.")
        String status;

        @Override
        void run(Session s) throws Session.Refused, StoreException {
            String resource = s.resourceId(id);
            Status st = Status.fromKey(status.toLowerCase(Locale.ROOT)).orElseThrow(() -> new Session.Refused("\""
                    + status + "\" is not a status; use not-started, in-progress, done or skipped."));
            s.recordCurriculum();
            boolean changed = s.store.mark(resource, st);
            String title = s.curriculum().resource(resource).orElseThrow().title();
            out().println(changed ? "Marked \"" + title + "\" " + st.label() + "."
                    : "\"" + title + "\" was already " + st.label() + ".");
        }
    }

    @Command(name = "note", description = "Replace your note on a resource (\"\" clears it).")
    static final class Note extends Base {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Override
        void run(Session s) throws Session.Refused, StoreException {
            String resource = s.resourceId(id);
            s.store.note(resource, text);
            out().println(text.isEmpty() ? "Cleared the note on " + resource + "." : "Saved the note on " + resource + ".");
        }
    }

    @Command(name = "hours", description = "Log hours spent on a resource (a negative number corrects a slip).")
    static final class Hours extends Base {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "HOURS")
        double hours;

        @Override
        void run(Session s) throws Session.Refused, StoreException {
            String resource = s.resourceId(id);
            s.store.logHours(resource, hours);
            double total = s.store.snapshot().resources().get(resource).hours();
            out().printf(Locale.ROOT, "Logged %s h on %s; %s h in all.%n", fmt(hours), resource, fmt(total));
        }
    }

    @Command(name = "rate", description = "Rate your own level in a skill, 0 (none) to 3 (production): "
            + "\"I already know this\".")
    static final class Rate extends Base {
        @Parameters(index = "0", paramLabel = "SKILL")
        String skill;

        @Parameters(index = "1", paramLabel = "LEVEL")
        String level;

        @Override
        void run(Session s) throws Session.Refused, StoreException {
            String id = s.skillId(skill);
            int value;
            try {
                value = Integer.parseInt(level);
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (!Level.isValid(value)) {
                throw new Session.Refused("\"" + level + "\" is not a level; use 0 (none), 1 (foundations), "
                        + "2 (working) or 3 (production).");
            }
            s.recordCurriculum();
            s.store.rate(id, value);
            out().println("Rated " + s.curriculum().skill(id).orElseThrow().name() + ": " + value + " ("
                    + Level.of(value).label().toLowerCase(Locale.ROOT) + ").");
        }
    }

    @Command(name = "export", description = "Write all progress to FILE: JSON (an exact copy, for import), "
            + "or CSV of resource progress when FILE ends in .csv.")
    static final class Export extends Base {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        /** Read-only, so it works alongside an open window: the learner can always get their data out. */
        @Override
        public Integer call() throws StoreException {
            try {
                var loaded = Session.curriculum(parent.global());
                LearnerProgress p = Session.readProgress(parent.global(), err());
                export(p, loaded.curriculum());
                return ExitCodes.OK;
            } catch (Session.Refused | StoreException e) {
                err().println("pathwise: " + e.getMessage());
                return ExitCodes.REFUSED;
            }
        }

        @Override
        void run(Session s) throws StoreException {
            export(s.store.snapshot(), s.curriculum());
        }

        private void export(LearnerProgress p, org.pathwise.model.Curriculum c) throws StoreException {
            if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                ProgressFile.exportCsv(p, id -> c.resource(id).map(r -> r.title()).orElse(""), file);
            } else {
                ProgressFile.exportJson(p, file, Clock.systemUTC());
            }
            out().println("Exported " + p.resources().size() + " resources, " + p.ratings().size() + " skill ratings and "
                    + p.projects().size() + " projects to " + file.toAbsolutePath() + ".");
        }
    }

    @Command(name = "import", description = "Replace all progress with a JSON file from `export`. The file is "
            + "checked whole first; the current progress is backed up before it is replaced.")
    static final class Import extends Base {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        void run(Session s) throws StoreException {
            LearnerProgress p = ProgressFile.read(file);
            Backups.Backup before = s.store.backupNow();
            s.store.replaceAll(p);
            out().println("Imported " + p.resources().size() + " resources, " + p.ratings().size() + " skill ratings and "
                    + p.projects().size() + " projects. The progress before the import is in " + before.file() + ".");
        }
    }

    @Command(name = "backup", description = "Back up the progress now (checked, then kept with the automatic ones).")
    static final class Backup extends Base {
        @Override
        void run(Session s) throws StoreException {
            Backups.Backup b = s.store.backupNow();
            out().println("Backed up to " + b.file() + ".");
        }
    }

    @Command(name = "restore", description = "Restore a backup: FILE, or the newest good one. The current progress "
            + "is backed up first.")
    static final class Restore extends Base {
        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE")
        Path file;

        @Override
        void run(Session s) throws StoreException {
            Backups.Backup b = s.store.restore(Optional.ofNullable(file));
            out().println("Restored the backup from " + b.displayTime() + " (" + b.file() + ").");
        }
    }

    /** A number as a learner reads it: "6", "2.5", "0.001", "1.2e+308"; never "0." or a long's limit. */
    static String fmt(double h) {
        if (!Double.isFinite(h)) {
            return String.valueOf(h);
        }
        if (Math.abs(h) >= 1e12 || (h != 0 && Math.abs(h) < 1e-4)) {
            return String.format(Locale.ROOT, "%.3g", h);
        }
        return new java.math.BigDecimal(h).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
