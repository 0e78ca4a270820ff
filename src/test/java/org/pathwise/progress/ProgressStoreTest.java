package org.pathwise.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.Status;

/** The store on a real database file in a temp folder, with the real migrations. */
class ProgressStoreTest {
    @TempDir
    Path data;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZoneOffset.UTC);

    private ProgressStore open() throws StoreException {
        return ProgressStore.open(data);
    }

    private static String query(Path db, String sql) throws SQLException {
        try (Connection c = Sqlite.openForReading(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void everyConnectionHasWalFullSyncForeignKeysAndABusyTimeout() throws Exception {
        try (ProgressStore store = open()) {
            Map<String, String> pragmas = store.withConnection(c -> Map.of(
                    "journal_mode", Sqlite.pragma(c, "journal_mode"),
                    "synchronous", Sqlite.pragma(c, "synchronous"),
                    "foreign_keys", Sqlite.pragma(c, "foreign_keys"),
                    "busy_timeout", Sqlite.pragma(c, "busy_timeout"),
                    "user_version", Sqlite.pragma(c, "user_version")));
            assertEquals(Map.of("journal_mode", "wal", "synchronous", "2", "foreign_keys", "1",
                    "busy_timeout", "5000", "user_version", "1"), pragmas);
            store.restore(Optional.of(store.backupNow().file()));
            assertEquals("1", store.withConnection(c -> Sqlite.pragma(c, "foreign_keys")));
            assertEquals("wal", store.withConnection(c -> Sqlite.pragma(c, "journal_mode")));
        }
    }

    @Test
    void markKeepsEveryChangeInTheHistory() throws Exception {
        try (ProgressStore store = open()) {
            assertTrue(store.mark("fast-ai", Status.IN_PROGRESS));
            assertTrue(store.mark("fast-ai", Status.DONE));
            assertFalse(store.mark("fast-ai", Status.DONE));
            assertFalse(store.mark("never-touched", Status.NOT_STARTED));
            assertTrue(store.mark("cs229", Status.SKIPPED));
            LearnerProgress p = store.snapshot();
            assertEquals(Status.DONE, p.statusOf("fast-ai"));
            assertEquals(Status.SKIPPED, p.statusOf("cs229"));
            assertEquals(Status.NOT_STARTED, p.statusOf("never-touched"));
            assertEquals(List.of(Status.IN_PROGRESS, Status.DONE, Status.SKIPPED),
                    p.history().stream().map(h -> h.status()).toList());
        }
        // And it is all still there after closing and opening again.
        try (ProgressStore store = open()) {
            assertEquals(3, store.snapshot().history().size());
        }
    }

    @Test
    void notesAreStoredVerbatimEvenWhenTheyLookLikeSql() throws Exception {
        String evil = "'); DROP TABLE progress;-- \"quoted\" \\ ünïcödé 🚀";
        try (ProgressStore store = open()) {
            store.note("fast-ai", evil);
        }
        try (ProgressStore store = open()) {
            assertEquals(evil, store.snapshot().resources().get("fast-ai").note());
            assertEquals("8", store.withConnection(c -> query(store.databaseFile(),
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table'")));
        }
    }

    @Test
    void hoursRatingsProjectsCareerAndSettings() throws Exception {
        try (ProgressStore store = open()) {
            store.logHours("fast-ai", 2.5);
            store.logHours("fast-ai", 1);
            store.logHours("fast-ai", -10);
            store.rate("python", 2);
            assertThrows(StoreException.class, () -> store.rate("python", 4));
            store.setProjectStatus("end-to-end-serving", ProjectStatus.IN_PROGRESS);
            store.checkProjectItem("end-to-end-serving", "containerize", true);
            store.checkProjectItem("end-to-end-serving", "readme", true);
            store.checkProjectItem("end-to-end-serving", "readme", false);
            store.setProjectEvidence("end-to-end-serving", "https://github.com/me/serve", "", "", "p95 40 ms");
            store.checkCareerItem("resume-quantified-impact", true);
            store.setSetting(Settings.WEEKLY_HOURS, "8");
            LearnerProgress p = store.snapshot();
            assertEquals(0, p.resources().get("fast-ai").hours(), "hours never go below zero");
            assertEquals(3, p.hoursLog().size());
            assertEquals(2, p.ratings().get("python").level());
            assertEquals(ProjectStatus.IN_PROGRESS, p.projects().get("end-to-end-serving").status());
            assertEquals(List.of("containerize"), List.copyOf(p.projects().get("end-to-end-serving").checkedItems().keySet()));
            assertEquals("p95 40 ms", p.projects().get("end-to-end-serving").impact());
            assertTrue(p.careerItems().containsKey("resume-quantified-impact"));
            assertEquals("8", p.settings().get(Settings.WEEKLY_HOURS));
        }
    }

    @Test
    void aDatabaseFromANewerPathwiseIsRefusedAndLeftByteForByte() throws Exception {
        try (ProgressStore store = open()) {
            store.mark("fast-ai", Status.DONE);
        }
        Path db = data.resolve(ProgressStore.DATABASE);
        try (Connection c = Sqlite.openForWriting(db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 7");
        }
        byte[] before = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.NewerDatabase.class, this::open);
        assertTrue(e.getMessage().contains("database version 7; this version reads up to 1"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db));
        assertFalse(Files.list(data).anyMatch(f -> f.getFileName().toString().contains("damaged")));
        // The lock was released: once the file is fixed, the folder opens again.
        try (Connection c = Sqlite.openForWriting(db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 1");
        }
        open().close();
    }

    @Test
    void aMigrationThatFailsHalfwayLeavesTheOldVersionAndEveryRow() throws Exception {
        try (ProgressStore store = open()) {
            store.mark("fast-ai", Status.DONE);
            store.note("cs229", "hard");
        }
        List<Migrations.Migration> broken = new ArrayList<>(Migrations.builtIn());
        broken.add(new Migrations.Migration(2, "002-broken.sql", """
                ALTER TABLE resource_progress ADD COLUMN rating INTEGER;
                UPDATE resource_progress SET status = 'done';
                INSERT INTO no_such_table VALUES (1);
                """));
        StoreException e = assertThrows(StoreException.class, () -> ProgressStore.open(data, CLOCK, broken));
        assertTrue(e.getMessage().contains("002-broken.sql failed and was rolled back"), e.getMessage());
        Path db = data.resolve(ProgressStore.DATABASE);
        assertEquals("1", query(db, "PRAGMA user_version"));
        assertEquals("not-started", query(db, "SELECT status FROM resource_progress WHERE resource_id = 'cs229'"));
        assertEquals("0", query(db, "SELECT count(*) FROM pragma_table_info('resource_progress') WHERE name = 'rating'"));
        // A backup was taken before migrating.
        assertTrue(new Backups(data).list().stream().anyMatch(b -> b.reason().equals("before-v2")));
        try (ProgressStore store = open()) {
            assertEquals(Status.DONE, store.snapshot().statusOf("fast-ai"));
        }
    }

    @Test
    void aTruncatedDatabaseIsMovedAsideAndTheNewestBackupRestored() throws Exception {
        Path db = data.resolve(ProgressStore.DATABASE);
        try (ProgressStore store = open()) {
            for (int i = 0; i < 300; i++) {
                store.note("resource-" + i, "a note long enough to fill several pages of the database file " + i);
            }
            store.mark("fast-ai", Status.DONE);
            store.backupNow();
            store.mark("cs229", Status.DONE);
        }
        long size = Files.size(db);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(db), (int) (size / 3));
        Files.write(db, head);

        try (ProgressStore store = open()) {
            assertEquals(1, store.notices().size());
            Notice n = store.notices().get(0);
            assertEquals(Notice.Kind.RESTORED_FROM_BACKUP, n.kind());
            Backups.Backup backup = new Backups(data).list().get(0);
            assertTrue(n.message().contains("your backup from " + backup.displayTime() + " was restored"), n.message());
            LearnerProgress p = store.snapshot();
            assertEquals(Status.DONE, p.statusOf("fast-ai"));
            assertEquals(Status.NOT_STARTED, p.statusOf("cs229"), "changes after the backup are not in it");
        }
        List<Path> damaged = damagedFiles();
        assertEquals(1, damaged.size());
        assertArrayEquals(head, Files.readAllBytes(damaged.get(0)), "the damaged file is kept exactly as it was");
    }

    @Test
    void aFileThatIsNotADatabaseWithNoBackupGivesAFreshStoreAndSaysWhereTheFileWent() throws Exception {
        Path db = data.resolve(ProgressStore.DATABASE);
        Files.writeString(db, "this is not a database, just a text file someone saved here\n".repeat(100));
        try (ProgressStore store = open()) {
            Notice n = store.notices().get(0);
            assertEquals(Notice.Kind.STARTED_FRESH_AFTER_DAMAGE, n.kind());
            Path aside = damagedFiles().get(0);
            assertTrue(n.message().contains(aside.toString()), n.message());
            assertTrue(n.message().contains("there was no backup"), n.message());
            assertTrue(store.snapshot().resources().isEmpty());
            assertTrue(Files.readString(aside).startsWith("this is not a database"));
        }
    }

    @Test
    void aGarbageHeaderIsDamageToo() throws Exception {
        Path db = data.resolve(ProgressStore.DATABASE);
        try (ProgressStore store = open()) {
            store.mark("fast-ai", Status.DONE);
            store.backupNow();
        }
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i < 100; i++) {
            bytes[i] = (byte) 0xAB;
        }
        Files.write(db, bytes);
        try (ProgressStore store = open()) {
            assertEquals(Notice.Kind.RESTORED_FROM_BACKUP, store.notices().get(0).kind());
            assertEquals(Status.DONE, store.snapshot().statusOf("fast-ai"));
        }
        assertEquals(1, damagedFiles().size());
    }

    private List<Path> damagedFiles() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(f -> f.getFileName().toString().matches("pathwise\\.db\\.damaged-\\d{8}T\\d{6}Z"))
                    .toList();
        }
    }

    @Test
    void aBackupTakenWhileAnotherThreadWritesPassesIntegrityCheck() throws Exception {
        try (ProgressStore store = open()) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            Thread writer = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        int i = written.incrementAndGet();
                        store.mark("r-" + i, Status.DONE);
                        store.note("r-" + i, "note " + i);
                    }
                } catch (StoreException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            List<Backups.Backup> taken = new ArrayList<>();
            while (written.get() < 20) {
                Thread.sleep(5);
            }
            for (int i = 0; i < 3; i++) {
                taken.add(store.backupNow());
            }
            stop.set(true);
            writer.join();
            assertTrue(written.get() > 20);
            for (Backups.Backup b : taken) {
                assertEquals("ok", Sqlite.check(b.file(), true), b.file().toString());
                String count = query(b.file(), "SELECT count(*) FROM resource_progress");
                assertTrue(Integer.parseInt(count) >= 20, count);
            }
        }
    }

    @Test
    void thinningKeepsTheNewestTenThenOnePerDayWeekAndMonth() throws Exception {
        Backups backups = new Backups(data);
        Files.createDirectories(backups.folder());
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        // One backup every 6 hours for 400 days.
        for (int h = 0; h < 400 * 24; h += 6) {
            Files.writeString(backups.folder().resolve("pathwise-" + java.time.format.DateTimeFormatter
                    .ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(now.minusSeconds(h * 3600L))
                    + ".db"), "x");
        }
        Files.writeString(backups.folder().resolve("notes.txt"), "not a backup");
        backups.thin();
        List<Backups.Backup> left = backups.list();
        // The 10 newest (2.5 days), the newest of each of 7 days, 4 weeks and 6 months, overlapping.
        assertEquals(now, left.get(0).takenAt());
        assertEquals(10, left.stream().filter(b -> b.takenAt().isAfter(now.minusSeconds(60 * 3600))).count());
        java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
        left.forEach(b -> days.add(b.takenAt().atZone(ZoneOffset.UTC).toLocalDate()));
        for (int d = 0; d < 7; d++) {
            assertTrue(days.contains(java.time.LocalDate.of(2026, 12, 1).minusDays(d)), "day " + d);
        }
        java.util.Set<Integer> months = new java.util.HashSet<>();
        left.forEach(b -> months.add(b.takenAt().atZone(ZoneOffset.UTC).getMonthValue()));
        assertEquals(java.util.Set.of(12, 11, 10, 9, 8, 7), months);
        Instant oldest = left.get(left.size() - 1).takenAt();
        assertTrue(oldest.isAfter(now.minusSeconds(200L * 86400)), "nothing older than six months: " + oldest);
        assertTrue(left.size() <= 10 + 7 + 4 + 6, String.valueOf(left.size()));
        assertTrue(Files.exists(backups.folder().resolve("notes.txt")), "only backups are ever deleted");
    }

    @Test
    void aSecondInstanceIsRefusedWithoutHarmToTheFirst() throws Exception {
        try (ProgressStore first = open()) {
            first.mark("fast-ai", Status.IN_PROGRESS);
            StoreException e = assertThrows(StoreException.AlreadyOpen.class, this::open);
            assertTrue(e.getMessage().startsWith("Pathwise is already open on " + data), e.getMessage());
            assertTrue(e.getMessage().contains("(process " + ProcessHandle.current().pid() + ")"), e.getMessage());
            first.mark("fast-ai", Status.DONE);
            assertEquals(Status.DONE, ProgressStore.readOnlySnapshot(data).statusOf("fast-ai"),
                    "a read-only reader sees the first instance's writes");
        }
        try (ProgressStore again = open()) {
            assertEquals(Status.DONE, again.snapshot().statusOf("fast-ai"));
        }
    }

    @Test
    void restoreBringsBackABackupAndKeepsTheCurrentStateAsASafetyBackup() throws Exception {
        try (ProgressStore store = open()) {
            store.mark("fast-ai", Status.DONE);
            Backups.Backup b = store.backupNow();
            store.mark("cs229", Status.DONE);
            store.restore(Optional.of(b.file()));
            assertEquals(Status.NOT_STARTED, store.snapshot().statusOf("cs229"));
            store.mark("sqlbolt", Status.DONE);
            Backups.Backup safety = store.backups().stream().filter(x -> x.reason().equals("before-restore"))
                    .findFirst().orElseThrow();
            assertEquals("done", query(safety.file(), "SELECT status FROM resource_progress WHERE resource_id='cs229'"));
        }
        try (ProgressStore store = open()) {
            assertEquals(Status.DONE, store.snapshot().statusOf("sqlbolt"));
        }
    }

    @Test
    void restoringADamagedFileIsRefusedAndChangesNothing() throws Exception {
        Path junk = Files.writeString(data.resolve("junk.db"), "nope");
        try (ProgressStore store = open()) {
            store.mark("fast-ai", Status.DONE);
            StoreException e = assertThrows(StoreException.class, () -> store.restore(Optional.of(junk)));
            assertTrue(e.getMessage().contains("cannot be restored"), e.getMessage());
            assertEquals(Status.DONE, store.snapshot().statusOf("fast-ai"));
        }
    }

    // ------------------------------------------------------------------ issue 10: data lost or overwritten

    @Test
    void aLockThatIsASymlinkIsRefusedAndItsTargetUntouched() throws Exception {
        Path precious = Files.writeString(data.resolve("precious.txt"), "keep me");
        Files.createSymbolicLink(data.resolve(InstanceLock.FILE_NAME), precious);
        StoreException e = assertThrows(StoreException.class, this::open);
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals("keep me", Files.readString(precious));
        Files.delete(data.resolve(InstanceLock.FILE_NAME));
        Files.createDirectory(data.resolve(InstanceLock.FILE_NAME));
        StoreException dir = assertThrows(StoreException.class, this::open);
        assertTrue(dir.getMessage().contains("not a regular file"), dir.getMessage());
    }

    /** A store with progress and one backup of it, closed; returns the backup. */
    private Path storeWithBackup() throws Exception {
        try (ProgressStore store = open()) {
            store.mark("fast-ai", Status.DONE);
            return store.backupNow().file();
        }
    }

    @Test
    void aRecoveryStoppedAfterTheDamagedFileWasMovedAsideIsFinishedAtTheNextStart() throws Exception {
        storeWithBackup();
        Path db = data.resolve(ProgressStore.DATABASE);
        // The state a kill -9 leaves between "moved aside" and "backup put back": marker, no database.
        Path aside = data.resolve(ProgressStore.DATABASE + ".damaged-20261130T200000Z");
        Files.move(db, aside);
        Files.writeString(data.resolve(Recovery.RECOVERING), aside.getFileName() + "\nSQLite reports: x\n");
        try (ProgressStore store = open()) {
            assertEquals(Status.DONE, store.snapshot().statusOf("fast-ai"), "the backup is back, not an empty store");
            assertEquals(1, store.notices().size(), store.notices().toString());
            assertTrue(store.notices().get(0).message().contains("stopped while it recovered"),
                    store.notices().get(0).message());
        }
        assertFalse(Files.exists(data.resolve(Recovery.RECOVERING)));
        assertTrue(Files.exists(aside), "the damaged file is kept");
    }

    @Test
    void aRecoveryStoppedAfterTheCopyOnlyLeavesItsMarkerToRemove() throws Exception {
        storeWithBackup();
        Path aside = data.resolve(ProgressStore.DATABASE + ".damaged-20261130T200000Z");
        Files.writeString(aside, "the damaged one");
        Files.writeString(data.resolve(Recovery.RECOVERING), aside.getFileName() + "\nx\n");
        try (ProgressStore store = open()) {
            assertEquals(Status.DONE, store.snapshot().statusOf("fast-ai"));
            assertTrue(store.notices().get(0).message().contains("the recovery was complete"),
                    store.notices().toString());
        }
        assertFalse(Files.exists(data.resolve(Recovery.RECOVERING)));
    }

    @Test
    void restoreGoesThroughSqliteSoCommitsInTheWalAreKept() throws Exception {
        // A database whose last commits are still in its -wal file: copy both aside while it is open.
        Path other = data.resolve("other");
        Path copy = data.resolve("copy.db");
        try (ProgressStore source = ProgressStore.open(other)) {
            source.withConnection(c -> Sqlite.pragma(c, "wal_autocheckpoint=0"));
            for (String id : List.of("a", "b", "c", "d")) {
                source.mark(id, Status.DONE);
            }
            Files.copy(other.resolve(ProgressStore.DATABASE), copy);
            Files.copy(other.resolve(ProgressStore.DATABASE + "-wal"), data.resolve("copy.db-wal"));
        }
        try (ProgressStore store = open()) {
            store.restore(Optional.of(copy));
            LearnerProgress p = store.snapshot();
            for (String id : List.of("a", "b", "c", "d")) {
                assertEquals(Status.DONE, p.statusOf(id), id + " was in the -wal file and must be restored");
            }
            assertEquals("restored", store.backups().get(0).reason(), "the restored state is the newest backup");
        }
    }

    @Test
    void anotherProgramsSqliteFileIsNeitherRestoredNorAdopted() throws Exception {
        Path foreign = data.resolve("foreign.db");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO photos (name) VALUES ('holiday')");
        }
        try (ProgressStore store = open()) {
            store.mark("fast-ai", Status.DONE);
            StoreException e = assertThrows(StoreException.class, () -> store.restore(Optional.of(foreign)));
            assertTrue(e.getMessage().contains("another program"), e.getMessage());
            assertEquals(Status.DONE, store.snapshot().statusOf("fast-ai"));
        }
        // The same file where the progress database belongs: moved aside whole, never written into.
        Path folder = data.resolve("adopt");
        Files.createDirectories(folder);
        Files.copy(foreign, folder.resolve(ProgressStore.DATABASE));
        try (ProgressStore store = ProgressStore.open(folder)) {
            assertTrue(store.notices().get(0).message().contains("not a Pathwise progress database"),
                    store.notices().toString());
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("pathwise.db.damaged-")
                    && !f.toString().endsWith("-wal") && !f.toString().endsWith("-shm")).findFirst().orElseThrow();
            assertEquals("holiday", query(aside, "SELECT name FROM photos"));
        }
    }

    @Test
    void aDroppedTableOrANegativeVersionIsDamageNotAPermanentError() throws Exception {
        storeWithBackup();
        Path db = data.resolve(ProgressStore.DATABASE);
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TABLE status_history");
        }
        try (ProgressStore store = open()) {
            assertEquals(Status.DONE, store.snapshot().statusOf("fast-ai"));
            assertTrue(store.notices().get(0).message().contains("status_history"), store.notices().toString());
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("UPDATE resource_progress SET updated_at = 'the day after tomorrow'");
        }
        try (ProgressStore store = open()) {
            assertEquals(Status.DONE, store.snapshot().statusOf("fast-ai"));
            assertTrue(store.notices().get(0).message().contains("cannot be read back"), store.notices().toString());
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = -1");
        }
        try (ProgressStore store = open()) {
            assertEquals(Status.DONE, store.snapshot().statusOf("fast-ai"));
            assertTrue(store.notices().get(0).message().contains("version number is -1"), store.notices().toString());
        }
    }

    @Test
    void backupsOfTheSameSecondSortByWhenTheyWereWritten() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZoneOffset.UTC);
        try (ProgressStore store = ProgressStore.open(data, fixed, Migrations.builtIn())) {
            store.mark("a", Status.DONE);
            store.backupNow();
            Thread.sleep(20);
            store.mark("b", Status.DONE);
            Backups.Backup second = store.backupNow();
            assertTrue(second.file().getFileName().toString().endsWith("-2.db"), second.file().toString());
            assertEquals(second.file(), store.backups().get(0).file(), "the later one is the newest");
        }
    }

    @Test
    void aStartUpBackupThatCannotBeWrittenIsAWarningNeverALockOut() throws Exception {
        try (ProgressStore store = open()) {
            store.mark("fast-ai", Status.DONE);
        }
        Path backupsDir = data.resolve("backups");
        if (Files.isDirectory(backupsDir)) {
            try (Stream<Path> files = Files.list(backupsDir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(backupsDir);
        }
        Files.writeString(backupsDir, "a file where the backups folder belongs");
        Clock later = Clock.fixed(Instant.now().plus(java.time.Duration.ofDays(3)), ZoneOffset.UTC);
        try (ProgressStore store = ProgressStore.open(data, later, Migrations.builtIn())) {
            assertEquals(Status.DONE, store.snapshot().statusOf("fast-ai"), "the progress is still there to read");
            assertEquals(Notice.Kind.BACKUP_FAILED, store.notices().get(0).kind(), store.notices().toString());
            assertTrue(store.notices().get(0).message().contains("Your progress is safe"), store.notices().toString());
            store.mark("cs229", Status.DONE);
        }
    }

    @Test
    void twoClosesAtOnceCloseOnceAndFreeTheFolder() throws Exception {
        ProgressStore store = open();
        store.mark("a", Status.DONE);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    store.close();
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(List.of(), failures);
        try (ProgressStore again = open()) {
            assertEquals(Status.DONE, again.snapshot().statusOf("a"));
        }
    }
}
