package org.pathwise.progress;

import java.io.IOException;
import java.lang.System.Logger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opening a progress database safely: a database from a newer Pathwise is refused untouched; a
 * damaged one, another program's file or a damaged schema is moved aside (never deleted) and the
 * newest good backup put in its place; a recovery stopped half-way (a marker file says so) is
 * finished at the next start. Also the words a learner reads for a failure of the disk.
 */
final class Recovery {
    private static final Logger LOG = System.getLogger(Recovery.class.getName());
    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Written before a damaged database is moved aside and removed once a good one is in place. */
    static final String RECOVERING = ProgressStore.DATABASE + ".recovering";

    private Recovery() {
    }

    /**
     * Refuses a database from a newer Pathwise without touching it, and moves a damaged one aside,
     * putting the newest good backup in its place.
     */
    static void inspect(Path db, int latest, Clock clock, Backups backups, List<Notice> notices)
            throws StoreException, IOException {
        String problem;
        if (Files.size(db) == 0) {
            return; // An empty file is what SQLite itself leaves before the first write.
        }
        if (!Sqlite.hasSqliteHeader(db)) {
            problem = "it is not an SQLite database";
        } else {
            try (Connection c = Sqlite.openForReading(db)) {
                int version = Sqlite.userVersion(c);
                String foreign = Sqlite.notOurs(c);
                if (foreign != null && foreign.startsWith("it is an SQLite database of another program")) {
                    recoverAfterClose(c, db, "it is not a Pathwise progress database: " + foreign, clock, backups,
                            notices);
                    return;
                }
                if (version > latest) {
                    throw new StoreException.NewerDatabase("Your progress database " + db + " was written by a newer"
                            + " version of Pathwise (database version " + version + "; this version reads up to "
                            + latest + "). It was left untouched: update Pathwise to open it.");
                }
                String check = Sqlite.pragma(c, "quick_check");
                problem = !"ok".equals(check) ? "SQLite's check found: " + check
                        : foreign != null ? "its structure is damaged: " + foreign : null;
                if (problem == null && version >= 1 && version <= latest) {
                    problem = unreadableValue(c);
                }
            } catch (SQLException e) {
                if (!isDamage(e)) {
                    throw new StoreException("Pathwise could not read its progress database " + db + ": "
                            + inWords(db.getParent(), e), e);
                }
                problem = "SQLite reports: " + e.getMessage();
            }
        }
        if (problem != null) {
            recover(db, problem, clock, backups, notices);
        }
    }

    private static void recoverAfterClose(Connection c, Path db, String problem, Clock clock, Backups backups,
                                          List<Notice> notices) throws SQLException, IOException {
        c.close();
        recover(db, problem, clock, backups, notices);
    }

    /**
     * Reads everything once: a value SQLite holds but Pathwise cannot read back (a garbage
     * timestamp, an unknown status) is damage too, found here rather than as an error at every use.
     */
    private static String unreadableValue(Connection c) {
        try {
            ProgressTables.readAll(c);
            return null;
        } catch (SQLException | RuntimeException e) {
            LOG.log(Logger.Level.WARNING, "a stored value could not be read back", e);
            return "a stored value cannot be read back (" + e.getClass().getSimpleName().replace("Exception", "")
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT) + ")";
        }
    }

    private static boolean isDamage(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            int primary = code.code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("malformed") || m.contains("not a database");
    }


    private static void recover(Path db, String problem, Clock clock, Backups backups, List<Notice> notices)
            throws IOException {
        Path aside = db.resolveSibling(db.getFileName() + ".damaged-" + ASIDE.format(clock.instant()));
        for (int i = 2; Files.exists(aside); i++) {
            aside = db.resolveSibling(db.getFileName() + ".damaged-" + ASIDE.format(clock.instant()) + "-" + i);
        }
        // A marker first, so that a recovery stopped half-way (killed, power cut) is finished at the next
        // start instead of leaving an empty database and saying nothing.
        writeDurably(db.resolveSibling(RECOVERING), aside.getFileName() + "\n" + problem + "\n");
        Files.move(db, aside);
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = db.resolveSibling(db.getFileName() + suffix);
            if (Files.exists(side)) {
                Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        LOG.log(Logger.Level.WARNING, "damaged progress database moved to " + aside + " (" + problem + ")");
        putBackNewestBackup(db, aside, "Your progress database was damaged (" + problem + ").", backups, notices);
    }

    private static void putBackNewestBackup(Path db, Path aside, String what, Backups backups, List<Notice> notices)
            throws IOException {
        Optional<Backups.Backup> backup = backups.newestGood();
        if (backup.isPresent()) {
            copyInto(backup.get().file(), db);
            notices.add(new Notice(Notice.Kind.RESTORED_FROM_BACKUP, what + " It was moved to " + aside
                    + " and your backup from " + backup.get().displayTime() + " was restored; changes made after it"
                    + " are in the damaged file."));
        } else {
            notices.add(new Notice(Notice.Kind.STARTED_FRESH_AFTER_DAMAGE, what + " As there was no backup, the damaged"
                    + " file was moved to " + aside + " and Pathwise started a new, empty progress database."));
        }
        Files.deleteIfExists(db.resolveSibling(RECOVERING));
    }

    /**
     * Finishes a damage recovery that was stopped half-way: the damaged file was moved aside (the
     * marker names it) but no backup was put in its place yet. When the database is back in place
     * (the copy finished) only the marker is left to remove; a database still damaged is found
     * again by the check that follows.
     */
    static void finishInterrupted(Path db, Clock clock, Backups backups, List<Notice> notices)
            throws IOException {
        Path marker = db.resolveSibling(RECOVERING);
        if (!Files.isRegularFile(marker, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        Path aside = db.resolveSibling(lines.isEmpty() ? "?" : lines.get(0).strip());
        String problem = lines.size() > 1 ? lines.get(1).strip() : "damaged";
        LOG.log(Logger.Level.WARNING, "finishing an interrupted recovery; the damaged file is " + aside);
        Files.deleteIfExists(db.resolveSibling(".pathwise.db.incoming"));
        if (Files.exists(db) && Files.size(db) > 0) {
            if (Files.exists(aside)) {
                notices.add(new Notice(Notice.Kind.RESTORED_FROM_BACKUP, "Pathwise was stopped while it recovered "
                        + "your damaged progress database (" + problem + "); the recovery was complete. The damaged "
                        + "file is " + aside + "."));
            }
            Files.deleteIfExists(marker);
            return;
        }
        Files.deleteIfExists(db); // An empty file left by an interrupted start is no database of the learner's.
        putBackNewestBackup(db, aside, "Pathwise was stopped while it recovered your damaged progress database ("
                + problem + "); the recovery is now finished.", backups, notices);
    }

    /** Writes a small file and forces it to disk before returning. */
    private static void writeDurably(Path file, String text) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }

    /** Copies a file next to the target first, then renames it into place, so the target is never half-written. */
    private static void copyInto(Path source, Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".incoming");
        Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * A database or file failure in words: "the disk is full" when the folder's disk has (almost) no
     * room left, whatever SQLite called it (SQLITE_FULL, an I/O error growing its shared memory …).
     */
    static String inWords(Path folder, Throwable e) {
        try {
            if (folder != null && Files.getFileStore(folder).getUsableSpace() < 1024 * 1024) {
                return "the disk is full";
            }
        } catch (IOException | RuntimeException ignored) {
            // Fall through to the error's own words.
        }
        String why = backupFailure(e);
        return "see the log".equals(why) ? String.valueOf(e.getMessage()).replaceAll("\\[SQLITE_[A-Z_]+\\]\\s*", "")
                : why;
    }

    /** Why a backup failed, in words: a full disk above all. */
    static String backupFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("sqlite_full") || m.contains("disk is full") || m.contains("no space")) {
                return "the disk is full";
            }
            if (t instanceof IOException io) {
                return IoWords.of(io);
            }
        }
        return "see the log";
    }

}
