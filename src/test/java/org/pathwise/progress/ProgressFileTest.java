package org.pathwise.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.model.LearnerProgress;
import org.pathwise.model.ProjectStatus;
import org.pathwise.model.Status;

class ProgressFileTest {
    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    private void fill(ProgressStore store) throws StoreException {
        store.mark("fast-ai", Status.IN_PROGRESS);
        store.mark("fast-ai", Status.DONE);
        store.mark("cs229", Status.SKIPPED);
        store.note("cs229", "Already did this at university, \"more or less\",\nline two");
        store.logHours("fast-ai", 12.25);
        store.rate("python", 3);
        store.setProjectStatus("end-to-end-serving", ProjectStatus.IN_PROGRESS);
        store.checkProjectItem("end-to-end-serving", "readme", true);
        store.setProjectEvidence("end-to-end-serving", "https://github.com/me/x", "https://x.example", "n", "+12% CTR");
        store.checkCareerItem("apply-tailored", true);
        store.setSetting(Settings.TARGET_ROLE, "ml-engineer");
    }

    @Test
    void exportThenImportIsAnExactRoundTrip() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        LearnerProgress original;
        try (ProgressStore store = ProgressStore.open(dir.resolve("a"))) {
            fill(store);
            original = store.snapshot();
            ProgressFile.exportJson(original, first, CLOCK);
        }
        try (ProgressStore other = ProgressStore.open(dir.resolve("b"))) {
            other.mark("something-else", Status.DONE);
            other.replaceAll(ProgressFile.read(first));
            LearnerProgress imported = other.snapshot();
            assertEquals(original, imported);
            ProgressFile.exportJson(imported, second, CLOCK);
        }
        assertEquals(Files.readString(first), Files.readString(second));
        assertTrue(Files.readString(first).contains("\"format\" : \"pathwise-progress\""));
    }

    @Test
    void aBadImportListsEveryProblemAndAppliesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), """
                {"format": "pathwise-progress", "version": 1, "exportedAt": "2026-12-01T08:00:00Z",
                 "resources": [
                   {"id": "fast-ai", "status": "finished", "hours": 1, "note": "", "updatedAt": "2026-12-01T08:00:00Z"},
                   {"id": "cs229", "status": "done", "hours": -2, "note": "", "updatedAt": "yesterday"}],
                 "ratings": [{"skill": "python", "level": 9, "updatedAt": "2026-12-01T08:00:00Z"}]}
                """);
        try (ProgressStore store = ProgressStore.open(dir.resolve("a"))) {
            fill(store);
            LearnerProgress before = store.snapshot();
            StoreException e = assertThrows(StoreException.class, () -> store.replaceAll(ProgressFile.read(bad)));
            assertTrue(e.getMessage().startsWith(bad + " has 4 problems; nothing was imported:"), e.getMessage());
            assertTrue(e.getMessage().contains("resources[0].status is \"finished\""), e.getMessage());
            assertTrue(e.getMessage().contains("resources[1].hours is -2.0"), e.getMessage());
            assertTrue(e.getMessage().contains("resources[1].updatedAt is \"yesterday\""), e.getMessage());
            assertTrue(e.getMessage().contains("ratings[0].level is 9"), e.getMessage());
            assertEquals(before, store.snapshot());
        }
    }

    @Test
    void aFileThatIsNotProgressNamesItsPlace() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"pathwise-progress\",\n \"colour\": 1}");
        StoreException e = assertThrows(StoreException.class, () -> ProgressFile.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown property \"colour\""), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was imported"), e.getMessage());
        assertFalse(e.getMessage().contains("\tat "), e.getMessage());
    }

    @Test
    void csvQuotesAndDefusesFormulas() throws Exception {
        Path csv = dir.resolve("progress.csv");
        try (ProgressStore store = ProgressStore.open(dir.resolve("a"))) {
            fill(store);
            store.note("sqlbolt", "=HYPERLINK(\"http://evil\")");
            ProgressFile.exportCsv(store.snapshot(), id -> id.equals("cs229") ? "CS229, Stanford" : id, csv);
        }
        String[] lines = Files.readString(csv).split("\r\n");
        assertEquals("resource_id,title,status,hours,updated_at,note", lines[0]);
        assertTrue(lines[1].startsWith("cs229,\"CS229, Stanford\",skipped,0,"), lines[1]);
        assertTrue(lines[1].endsWith(",\"Already did this at university, \"\"more or less\"\",\nline two\"")
                || Files.readString(csv).contains("\"Already did this at university, \"\"more or less\"\",\nline two\""));
        assertTrue(Files.readString(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), Files.readString(csv));
        assertTrue(Files.readString(csv).contains("fast-ai,fast-ai,done,12.25,"));
    }

    @Test
    void exportWritesThroughALinkAndRefusesPipesDevicesAndFolders() throws Exception {
        LearnerProgress p = LearnerProgress.empty();
        Path real = java.nio.file.Files.writeString(dir.resolve("real.json"), "old");
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("link.json"), real);
        ProgressFile.exportJson(p, link, CLOCK);
        assertTrue(java.nio.file.Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(java.nio.file.Files.readString(real).contains("pathwise-progress"), "written through to its file");

        Path fifo = dir.resolve("pipe");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        StoreException e = assertThrows(StoreException.class, () -> ProgressFile.exportJson(p, fifo, CLOCK));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertFalse(java.nio.file.Files.isRegularFile(fifo), "the pipe is left a pipe");

        StoreException dev = assertThrows(StoreException.class, () -> ProgressFile.exportJson(p, Path.of("/dev/null"),
                CLOCK));
        assertTrue(dev.getMessage().contains("not a regular file"), dev.getMessage());
        StoreException folder = assertThrows(StoreException.class, () -> ProgressFile.exportJson(p, dir, CLOCK));
        assertTrue(folder.getMessage().contains("a folder"), folder.getMessage());
    }
}
