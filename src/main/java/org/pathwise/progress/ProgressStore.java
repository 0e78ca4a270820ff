package org.pathwise.progress;

import java.io.IOException;
import java.lang.System.Logger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pathwise.model.LearnerProgress;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.Status;

/**
 * The learner's progress in {@code <data folder>/pathwise.db}. Every database call runs on one
 * thread that owns the one connection; a write returns only after its transaction committed with
 * {@code synchronous=FULL}, so an acknowledged change survives a crash or a power cut.
 */
public final class ProgressStore implements AutoCloseable {
    public static final String DATABASE = "pathwise.db";
    /** At start, a backup is taken when the newest one is older than this. */
    static final Duration BACKUP_AT_START_AFTER = Duration.ofDays(1);
    /** At quit, a backup is taken when something changed and the newest one is older than this. */
    static final Duration BACKUP_AT_QUIT_AFTER = Duration.ofMinutes(10);

    private static final Logger LOG = System.getLogger(ProgressStore.class.getName());

    private final Path dataFolder;
    private final Path db;
    private final Clock clock;
    private final InstanceLock lock;
    private final Backups backups;
    private final List<Notice> notices;
    private final int latestVersion;
    private final List<Migrations.Migration> migrations;
    private final DatabaseThread database;
    private volatile boolean changed;

    private ProgressStore(Path dataFolder, Clock clock, InstanceLock lock, Connection connection,
                          List<Notice> notices, List<Migrations.Migration> migrations) {
        this.dataFolder = dataFolder;
        this.db = dataFolder.resolve(DATABASE);
        this.clock = clock;
        this.lock = lock;
        this.backups = new Backups(dataFolder);
        this.notices = new java.util.concurrent.CopyOnWriteArrayList<>(notices);
        this.migrations = List.copyOf(migrations);
        this.latestVersion = migrations.size();
        this.database = new DatabaseThread(dataFolder, connection);
    }

    /** Opens (creating, migrating or recovering as needed) the progress in a data folder. */
    public static ProgressStore open(Path dataFolder) throws StoreException {
        return open(dataFolder, Clock.systemUTC(), Migrations.builtIn());
    }

    static ProgressStore open(Path dataFolder, Clock clock, List<Migrations.Migration> migrations)
            throws StoreException {
        if (Files.exists(dataFolder) && !Files.isDirectory(dataFolder)) {
            throw new StoreException("Pathwise cannot keep its data in " + dataFolder + ": it is a file, not a folder. "
                    + "Name a folder with --data-dir.");
        }
        try {
            Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new StoreException("Pathwise could not create its data folder " + dataFolder + ": " + IoWords.of(e)
                    + ".", e);
        }
        InstanceLock lock = InstanceLock.acquire(dataFolder);
        try {
            Sqlite.useNativeFolder(dataFolder);
            Path db = dataFolder.resolve(DATABASE);
            Backups backups = new Backups(dataFolder);
            List<Notice> notices = new ArrayList<>();
            int latest = migrations.size();
            Recovery.finishInterrupted(db, clock, backups, notices);
            boolean existed = Files.exists(db);
            if (existed) {
                Recovery.inspect(db, latest, clock, backups, notices);
            }
            Connection c = Sqlite.openForWriting(db);
            try {
                migrate(c, db, migrations, clock, backups, notices);
            } catch (SQLException | IOException | RuntimeException e) {
                c.close();
                throw e;
            }
            ProgressStore store = new ProgressStore(dataFolder, clock, lock, c, notices, migrations);
            try {
                if (existed) {
                    store.backupIfOlderThan(BACKUP_AT_START_AFTER, "");
                }
            } catch (RuntimeException e) {
                store.closeQuietly(); // Never leak the connection, the thread or the lock of a store not returned.
                throw e;
            }
            return store;
        } catch (StoreException e) {
            lock.close();
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            lock.close();
            LOG.log(Logger.Level.ERROR, "opening the progress database failed", e);
            throw new StoreException("Pathwise could not open its progress database " + dataFolder.resolve(DATABASE)
                    + ": " + Recovery.inWords(dataFolder, e), e);
        }
    }

    private static void migrate(Connection c, Path db, List<Migrations.Migration> migrations, Clock clock,
                                Backups backups, List<Notice> notices) throws SQLException, IOException {
        int version = Sqlite.userVersion(c);
        if (version >= migrations.size()) {
            return;
        }
        if (version > 0) {
            backups.create(c, clock.instant(), "before-v" + migrations.size());
        }
        for (Migrations.Migration m : migrations.subList(version, migrations.size())) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    for (String sql : m.statements()) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + m.version());
                    s.execute("COMMIT");
                } catch (SQLException e) {
                    s.execute("ROLLBACK");
                    throw new SQLException("migration " + m.name() + " failed and was rolled back: " + e.getMessage(), e);
                }
            }
        }
        if (version > 0) {
            notices.add(new Notice(Notice.Kind.MIGRATED, "Your progress database was upgraded from version " + version
                    + " to " + migrations.size() + "; a backup was taken first."));
        }
    }

    // ------------------------------------------------------------------ the database thread

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException, IOException, StoreException;
    }

    private <T> T onDatabaseThread(Work<T> work) throws StoreException {
        return database.call(work);
    }

    /** Runs work in one BEGIN IMMEDIATE … COMMIT; it returns only once the commit is durable. */
    private <T> T write(Work<T> work) throws StoreException {
        T result = database.write(work);
        changed = true;
        return result;
    }

    private PreparedStatement sql(Connection c, String sql) throws SQLException {
        return database.sql(c, sql);
    }

    private void forgetStatements() {
        database.forgetStatements();
    }

    private <T> T read(Work<T> work) throws StoreException {
        return database.read(work);
    }

    private String now() {
        return clock.instant().toString();
    }

    // ------------------------------------------------------------------ writes

    /** Sets a resource's status and records the change in its history. False when it already had it. */
    public boolean mark(String resourceId, Status status) throws StoreException {
        return write(c -> {
            String at = now();
            if (status == Status.NOT_STARTED) {
                PreparedStatement q = sql(c, "SELECT 1 FROM resource_progress WHERE resource_id = ?");
                q.setString(1, resourceId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return false; // Never touched: it is not started already.
                    }
                }
            }
            PreparedStatement u = sql(c, "INSERT INTO resource_progress (resource_id, status, updated_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT (resource_id) DO UPDATE SET status = excluded.status,"
                    + " updated_at = excluded.updated_at WHERE resource_progress.status <> excluded.status");
            u.setString(1, resourceId);
            u.setString(2, status.key());
            u.setString(3, at);
            if (u.executeUpdate() == 0) {
                return false; // It already had this status.
            }
            PreparedStatement h = sql(c, "INSERT INTO status_history (resource_id, status, at) VALUES (?, ?, ?)");
            h.setString(1, resourceId);
            h.setString(2, status.key());
            h.setString(3, at);
            h.executeUpdate();
            return true;
        });
    }

    /** Replaces the learner's note on a resource (an empty text clears it). */
    public void note(String resourceId, String text) throws StoreException {
        write(c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO resource_progress (resource_id, status, note,"
                    + " updated_at) VALUES (?, 'not-started', ?, ?) ON CONFLICT (resource_id) DO UPDATE SET"
                    + " note = excluded.note, updated_at = excluded.updated_at")) {
                u.setString(1, resourceId);
                u.setString(2, text);
                u.setString(3, now());
                u.executeUpdate();
            }
            return null;
        });
    }

    /** Adds hours spent on a resource (negative to correct a slip, never below zero in total). */
    public void logHours(String resourceId, double hours) throws StoreException {
        if (!Double.isFinite(hours) || Math.abs(hours) < 0.01 || Math.abs(hours) > Settings.MAX_HOURS_ENTRY) {
            throw new StoreException("Hours must be a number other than 0, from 0.01 to " + (long) Settings
                    .MAX_HOURS_ENTRY + " at a time (negative to correct a slip).");
        }
        write(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT hours FROM resource_progress WHERE resource_id = ?")) {
                q.setString(1, resourceId);
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    double total = (rs.next() ? rs.getDouble(1) : 0) + hours;
                    if (total > Settings.MAX_RESOURCE_HOURS) {
                        throw new StoreException("That would make " + (long) total + " hours on one resource; "
                                + "the most Pathwise keeps is " + (long) Settings.MAX_RESOURCE_HOURS + ".");
                    }
                }
            }
            String at = now();
            try (PreparedStatement u = c.prepareStatement("INSERT INTO resource_progress (resource_id, status, hours,"
                    + " updated_at) VALUES (?, 'not-started', MAX(0, ?), ?) ON CONFLICT (resource_id) DO UPDATE SET"
                    + " hours = MAX(0, hours + ?), updated_at = excluded.updated_at")) {
                u.setString(1, resourceId);
                u.setDouble(2, hours);
                u.setString(3, at);
                u.setDouble(4, hours);
                u.executeUpdate();
            }
            try (PreparedStatement h = c.prepareStatement(
                    "INSERT INTO hours_log (resource_id, hours, at) VALUES (?, ?, ?)")) {
                h.setString(1, resourceId);
                h.setDouble(2, hours);
                h.setString(3, at);
                h.executeUpdate();
            }
            return null;
        });
    }

    /** The learner's own level in a skill, 0–3. */
    public void rate(String skillId, int level) throws StoreException {
        if (level < 0 || level > 3) {
            throw new StoreException("A skill level runs from 0 to 3, not " + level + ".");
        }
        write(c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO skill_rating (skill_id, level, updated_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT (skill_id) DO UPDATE SET level = excluded.level,"
                    + " updated_at = excluded.updated_at")) {
                u.setString(1, skillId);
                u.setInt(2, level);
                u.setString(3, now());
                u.executeUpdate();
            }
            return null;
        });
    }

    public void setProjectStatus(String projectId, ProjectStatus status) throws StoreException {
        write(c -> {
            ensureProject(c, projectId);
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE project_progress SET status = ?, updated_at = ? WHERE project_id = ?")) {
                u.setString(1, status.key());
                u.setString(2, now());
                u.setString(3, projectId);
                u.executeUpdate();
            }
            return null;
        });
    }

    public void checkProjectItem(String projectId, String itemId, boolean checked) throws StoreException {
        write(c -> {
            ensureProject(c, projectId);
            String sql = checked
                    ? "INSERT OR IGNORE INTO project_checklist (project_id, item_id, checked_at) VALUES (?, ?, ?)"
                    : "DELETE FROM project_checklist WHERE project_id = ? AND item_id = ?";
            try (PreparedStatement u = c.prepareStatement(sql)) {
                u.setString(1, projectId);
                u.setString(2, itemId);
                if (checked) {
                    u.setString(3, now());
                }
                u.executeUpdate();
            }
            return null;
        });
    }

    /** The evidence a resume bullet needs: repository, demo, notes, impact figures. */
    public void setProjectEvidence(String projectId, String repositoryUrl, String demoUrl, String notes,
                                   String impact) throws StoreException {
        write(c -> {
            ensureProject(c, projectId);
            try (PreparedStatement u = c.prepareStatement("UPDATE project_progress SET repository_url = ?,"
                    + " demo_url = ?, notes = ?, impact = ?, updated_at = ? WHERE project_id = ?")) {
                u.setString(1, repositoryUrl);
                u.setString(2, demoUrl);
                u.setString(3, notes);
                u.setString(4, impact);
                u.setString(5, now());
                u.setString(6, projectId);
                u.executeUpdate();
            }
            return null;
        });
    }

    private void ensureProject(Connection c, String projectId) throws SQLException {
        try (PreparedStatement u = c.prepareStatement(
                "INSERT OR IGNORE INTO project_progress (project_id, updated_at) VALUES (?, ?)")) {
            u.setString(1, projectId);
            u.setString(2, now());
            u.executeUpdate();
        }
    }

    public void checkCareerItem(String itemId, boolean checked) throws StoreException {
        write(c -> {
            String sql = checked ? "INSERT OR IGNORE INTO career_checklist (item_id, checked_at) VALUES (?, ?)"
                    : "DELETE FROM career_checklist WHERE item_id = ?";
            try (PreparedStatement u = c.prepareStatement(sql)) {
                u.setString(1, itemId);
                if (checked) {
                    u.setString(2, now());
                }
                u.executeUpdate();
            }
            return null;
        });
    }

    /** A setting such as the target role or weekly hours ({@link Settings} names them). */
    public void setSetting(String key, String value) throws StoreException {
        write(c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                u.setString(1, key);
                u.setString(2, value);
                u.executeUpdate();
            }
            return null;
        });
    }

    /** Replaces all progress with the given one in a single transaction: all of it or none. */
    public void replaceAll(LearnerProgress p) throws StoreException {
        write(c -> {
            ProgressTables.deleteAll(c);
            ProgressTables.insertAll(c, p);
            return null;
        });
    }

    // ------------------------------------------------------------------ reads

    /**
     * Reads the progress without taking the data folder: for a read-only command while the window
     * is open. WAL lets it read alongside the window's writes.
     */
    public static LearnerProgress readOnlySnapshot(Path dataFolder) throws StoreException {
        Path db = dataFolder.resolve(DATABASE);
        if (!Files.exists(db)) {
            return LearnerProgress.empty();
        }
        try {
            Sqlite.useNativeFolder(dataFolder);
            try (Connection c = Sqlite.openForReading(db)) {
                int version = Sqlite.userVersion(c);
                int latest = Migrations.builtIn().size();
                if (version != latest) {
                    throw new StoreException("The progress database is at version " + version + ", this Pathwise"
                            + " uses version " + latest + "; close the open Pathwise window and try again.");
                }
                try (Statement st = c.createStatement()) {
                    st.execute("BEGIN");
                    try {
                        return ProgressTables.readAll(c);
                    } finally {
                        st.execute("COMMIT");
                    }
                }
            }
        } catch (SQLException | IOException e) {
            LOG.log(Logger.Level.ERROR, "reading the progress database failed", e);
            throw new StoreException("Pathwise could not read its progress database " + db + ": "
                    + Recovery.inWords(db.getParent(), e), e);
        }
    }

    public LearnerProgress snapshot() throws StoreException {
        return read(ProgressTables::readAll);
    }

    /** Runs SQL of the caller's on the database thread: for tests and benchmarks inside this package. */
    <T> T withConnection(Work<T> work) throws StoreException {
        return onDatabaseThread(work);
    }

    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Path databaseFile() {
        return db;
    }


    // ------------------------------------------------------------------ backups

    public Backups.Backup backupNow() throws StoreException {
        return backupNow("");
    }

    private Backups.Backup backupNow(String reason) throws StoreException {
        return onDatabaseThread(c -> {
            forgetStatements(); // VACUUM INTO refuses to run while any statement is still active.
            Backups.Backup b = backups.create(c, clock.instant(), reason);
            backups.thin();
            return b;
        });
    }

    private void backupIfOlderThan(Duration age, String reason) throws StoreException {
        try {
            List<Backups.Backup> list = backups.list();
            Instant newest = list.isEmpty() ? Instant.EPOCH : list.get(0).takenAt();
            Instant modified = Files.getLastModifiedTime(db).toInstant();
            Path wal = db.resolveSibling(db.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Instant walModified = Files.getLastModifiedTime(wal).toInstant();
                modified = walModified.isAfter(modified) ? walModified : modified;
            }
            if (newest.plus(age).isBefore(clock.instant()) && modified.isAfter(newest)) {
                backupNow(reason);
            }
        } catch (IOException | StoreException e) {
            // A backup that cannot be written is a warning, never a lock-out: the learner must still be able
            // to see and export their progress.
            LOG.log(Logger.Level.WARNING, "automatic backup skipped", e);
            String why = Recovery.inWords(dataFolder, e);
            notices.add(new Notice(Notice.Kind.BACKUP_FAILED, "The automatic backup could not be written ("
                    + why + "). Your progress is safe; free some space or fix " + backups.folder()
                    + ", then run `pathwise backup`."));
        }
    }

    public List<Backups.Backup> backups() throws StoreException {
        try {
            return backups.list();
        } catch (IOException e) {
            throw new StoreException("Pathwise could not list its backups in " + backups.folder() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Puts a backup (the newest good one when none is named) in place of the current progress. The
     * current progress is backed up first, so a restore can itself be undone.
     */
    public Backups.Backup restore(Optional<Path> file) throws StoreException {
        Path source;
        try {
            source = file.isPresent() ? file.get().toAbsolutePath() : backups.newestGood().map(Backups.Backup::file)
                    .orElseThrow(() -> new StoreException("There is no backup to restore in " + backups.folder() + "."));
        } catch (IOException e) {
            throw new StoreException("Pathwise could not read its backups: " + e.getMessage(), e);
        }
        String check = Sqlite.check(source, true);
        if (!"ok".equals(check)) {
            throw new StoreException(source + " cannot be restored: " + check + ". Nothing was changed.");
        }
        // Copy the chosen file aside first (the safety backup below may thin the backup folder), through
        // SQLite: a byte copy of the main file would lose commits still in its -wal file.
        Path incoming = dataFolder.resolve(".restore-incoming.db");
        try {
            Files.deleteIfExists(incoming);
            try (Connection src = Sqlite.openForReading(source);
                 java.sql.PreparedStatement vacuum = src.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, incoming.toString());
                vacuum.execute();
            }
        } catch (IOException | SQLException e) {
            LOG.log(Logger.Level.ERROR, "reading " + source + " for a restore failed", e);
            throw new StoreException("Pathwise could not read " + source + " (" + e.getMessage() + "); nothing was "
                    + "changed.", e);
        }
        Backups.Backup safety = backupNow("before-restore");
        onDatabaseThread(c -> {
            try (Connection probe = Sqlite.openForReading(incoming)) {
                int version = Sqlite.userVersion(probe);
                if (version > latestVersion) {
                    throw new StoreException(source + " was written by a newer Pathwise (database version " + version
                            + "); nothing was changed.");
                }
            }
            forgetStatements();
            c.close();
            try {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
                Files.move(incoming, db, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                // Whatever happened, the store goes on with a working connection.
                database.replaceConnection(Sqlite.openForWriting(db));
            }
            migrate(database.connection(), db, migrations, clock, backups, new ArrayList<>());
            return null;
        });
        changed = false;
        // The restored state is the newest backup too, so that a later recovery never brings back what the
        // learner has just restored away from.
        backupNow("restored");
        LOG.log(Logger.Level.INFO, "restored " + source + "; the progress before it is in " + safety.file());
        return Backups.parse(source).orElse(new Backups.Backup(source, clock.instant(), "file"));
    }

    // ------------------------------------------------------------------ closing

    private void closeQuietly() {
        try {
            close();
        } catch (StoreException | RuntimeException e) {
            LOG.log(Logger.Level.WARNING, "closing after a failed open", e);
        }
    }

    /** Two closes at once (the window's quit and a shutdown hook, say): only the first one closes. */
    private final java.util.concurrent.atomic.AtomicBoolean closing = new java.util.concurrent.atomic.AtomicBoolean();

    /** Backs up when something changed, then closes the database and frees the data folder. */
    @Override
    public void close() throws StoreException {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            if (changed) {
                backupIfOlderThan(BACKUP_AT_QUIT_AFTER, "");
            }
        } finally {
            try {
                database.close();
            } finally {
                lock.close();
            }
        }
    }
}
