package org.pathwise.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.sqlite.SQLiteConfig;

/** Connection settings and small checks shared by the store and its backups. */
final class Sqlite {
    static final int BUSY_TIMEOUT_MS = 5000;
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Sqlite() {
    }

    /** Extracts the driver's native library under the data folder, so a noexec /tmp cannot stop start-up. */
    static void useNativeFolder(Path dataFolder) throws IOException {
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            Path dir = dataFolder.resolve("native");
            Files.createDirectories(dir);
            System.setProperty("org.sqlite.tmpdir", dir.toString());
        }
    }

    /** The store's connection: WAL, synchronous=FULL, foreign keys, a busy timeout, BEGIN IMMEDIATE. */
    static Connection openForWriting(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Auto-commit stays on: the store runs its own BEGIN IMMEDIATE … COMMIT around each write,
        // so no transaction (and no write lock) is held between writes.
        return config.createConnection("jdbc:sqlite:" + db);
    }

    /** A connection that changes nothing it need not: for checks and read-only use. */
    static Connection openForReading(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
    }

    static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        }
    }

    static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    static int userVersion(Connection c) throws SQLException {
        return Integer.parseInt(pragma(c, "user_version"));
    }

    /** The tables every Pathwise progress database has from version 1 on. */
    static final java.util.Set<String> TABLES = java.util.Set.of("resource_progress", "status_history", "hours_log",
            "skill_rating", "project_progress", "project_checklist", "career_checklist", "setting");

    /** Why the database is not one of Pathwise's, or null. */
    static String notOurs(Connection c) throws SQLException {
        java.util.Set<String> tables = new java.util.HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        int version = userVersion(c);
        if (version == 0 && tables.isEmpty()) {
            return null; // A new, empty database: Pathwise builds its tables in it.
        }
        if (version == 0 || java.util.Collections.disjoint(tables, TABLES)) {
            return "it is an SQLite database of another program (none of Pathwise's tables)";
        }
        if (version < 0) {
            return "its version number is " + version;
        }
        java.util.Set<String> missing = new java.util.TreeSet<>(TABLES);
        missing.removeAll(tables);
        return missing.isEmpty() ? null : "its table" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                + (missing.size() == 1 ? " is" : " are") + " missing";
    }

    /** "ok" for a sound file; otherwise what SQLite found (or why the file could not be read). */
    static String check(Path file, boolean full) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return "the file is empty or missing";
            }
            if (!hasSqliteHeader(file)) {
                return "the file is not an SQLite database";
            }
            try (Connection c = openForReading(file)) {
                String result = pragma(c, full ? "integrity_check" : "quick_check");
                if (!"ok".equals(result)) {
                    return result;
                }
                String foreign = notOurs(c);
                return foreign == null ? "ok" : foreign;
            }
        } catch (IOException | SQLException | NumberFormatException e) {
            return String.valueOf(e.getMessage());
        }
    }
}
