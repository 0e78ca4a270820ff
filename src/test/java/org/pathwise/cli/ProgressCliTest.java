package org.pathwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.catalog.Fixtures;
import org.pathwise.model.Status;
import org.pathwise.progress.ProgressStore;

class ProgressCliTest {
    @TempDir
    Path data;
    @TempDir
    Path work;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        List<String> full = new ArrayList<>(List.of("--data-dir", data.toString()));
        full.addAll(List.of(args));
        int code = Cli.run(full.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e), g -> { });
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void markAcknowledgesOnlyWhatIsInTheDatabase() throws Exception {
        assertEquals(0, run("mark", "sqlbolt", "done"), err);
        assertEquals("Marked \"SQLBolt interactive lessons\" done.", out.strip());
        assertEquals(Status.DONE, ProgressStore.readOnlySnapshot(data).statusOf("sqlbolt"));
        assertEquals(0, run("mark", "sqlbolt", "done"));
        assertEquals("\"SQLBolt interactive lessons\" was already done.", out.strip());
        assertEquals(1, ProgressStore.readOnlySnapshot(data).history().size());
    }

    @Test
    void unknownIdsStatusesAndLevelsAreRefusedInOneLine() {
        assertEquals(1, run("mark", "sqlbolts", "done"));
        assertEquals("pathwise: No resource has the id \"sqlbolts\" (did you mean \"sqlbolt\"?). `pathwise list` "
                + "lists every resource id.", err.strip());
        assertEquals(1, run("mark", "sqlbolt", "finished"));
        assertEquals("pathwise: \"finished\" is not a status; use not-started, in-progress, done or skipped.",
                err.strip());
        assertEquals(1, run("rate", "python", "5"));
        assertTrue(err.startsWith("pathwise: \"5\" is not a level; use 0 (none)"), err);
        assertEquals(1, run("rate", "pyton", "2"));
        assertTrue(err.startsWith("pathwise: No skill has the id \"pyton\" (did you mean \"python\"?)"), err);
        assertEquals(1, run("list", "--skill", "pyton"));
        assertTrue(err.startsWith("pathwise: No skill has the id \"pyton\" (did you mean \"python\"?)"), err);
        assertTrue(out.isEmpty(), out);
        assertEquals(2, run("mark", "sqlbolt"));
        assertFalse(Files.exists(data.resolve(ProgressStore.DATABASE)) && hasProgress(), "nothing was written");
    }

    private boolean hasProgress() {
        try {
            return !ProgressStore.readOnlySnapshot(data).resources().isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aWriteWhileTheAppIsOpenSaysWhyAndAReadStillWorks() throws Exception {
        try (ProgressStore app = ProgressStore.open(data)) {
            app.mark("sqlbolt", Status.IN_PROGRESS);
            assertEquals(1, run("mark", "sqlbolt", "done"));
            assertTrue(err.startsWith("pathwise: Pathwise is already open on " + data), err);
            assertTrue(err.contains("Close it first, or make the change there."), err);
            assertEquals(Status.IN_PROGRESS, app.snapshot().statusOf("sqlbolt"));
            assertEquals(0, run("status"), err);
            assertTrue(out.contains("in-progress  SQLBolt interactive lessons"), out);
            // The learner can always get their data out, and list the ids to use.
            Path file = work.resolve("while-open.json");
            assertEquals(0, run("export", file.toString()), err);
            assertTrue(java.nio.file.Files.readString(file).contains("\"sqlbolt\""));
            assertEquals(0, run("list", "--kind", "course"), err);
            assertTrue(out.contains("made-with-ml "), out);
            assertFalse(out.contains("sqlbolt"), "SQLBolt is a tutorial, not a course");
        }
        assertEquals(1, run("mark", "sqlbolts", "done"));
        assertTrue(err.contains("(did you mean \"sqlbolt\"?). `pathwise list` lists every resource id."), err);
        assertEquals(0, run("gaps"), err);
        String gaps = out.substring(0, out.indexOf("Interview"));
        assertTrue(gaps.lastIndexOf("Essential") < gaps.indexOf("Important")
                && gaps.lastIndexOf("Important") < gaps.indexOf("Bonus"), "gaps are grouped by priority:\n" + gaps);
    }

    @Test
    void progressForIdsACurriculumDroppedIsKeptReportedAndCountsAgain() throws Exception {
        Path tiny = Fixtures.minimal(work.resolve("tiny"));
        assertEquals(0, run("--curriculum", tiny.toString(), "mark", "basics", "done"), err);
        assertEquals(0, run("--curriculum", tiny.toString(), "rate", "coding", "2"), err);
        assertEquals(0, run("status", "--json"), err);
        JsonNode doc = new ObjectMapper().readTree(out);
        assertEquals("basics", doc.at("/orphans/resources/0").asText());
        assertEquals("coding", doc.at("/orphans/skills/0").asText());
        assertEquals(0, doc.at("/counts/done").asInt());
        assertEquals(List.of("id", "version"), List.copyOf(iterable(doc.get("curriculum").fieldNames())),
                "keys in the same order every run");
        assertEquals(0, run("status"));
        assertTrue(out.contains("Kept for ids this curriculum no longer has (they count again if the ids come back):"
                + " basics, coding"), out);
        assertEquals(0, run("--curriculum", tiny.toString(), "status", "--json"), err);
        doc = new ObjectMapper().readTree(out);
        assertEquals(1, doc.at("/counts/done").asInt());
        assertEquals(2, doc.at("/ratings/coding").asInt());
        assertEquals(0, doc.at("/orphans/resources").size());
    }

    @Test
    void statusJsonIsDocumentedShape() throws Exception {
        run("mark", "sqlbolt", "in-progress");
        run("note", "sqlbolt", "'); DROP TABLE progress;--");
        run("hours", "sqlbolt", "1.5");
        assertEquals(0, run("status", "--json"), err);
        JsonNode doc = new ObjectMapper().readTree(out);
        assertEquals("ml-engineer", doc.at("/curriculum/id").asText());
        assertEquals(1, doc.at("/counts/in-progress").asInt());
        assertEquals(63, doc.at("/counts/not-started").asInt());
        assertEquals(1.5, doc.at("/hours").asDouble());
        JsonNode r = doc.at("/resources/0");
        assertEquals("sqlbolt", r.get("id").asText());
        assertEquals("'); DROP TABLE progress;--", r.get("note").asText());
        assertTrue(r.get("updatedAt").asText().endsWith("Z"));
    }

    @Test
    void exportImportBackupAndRestoreFromTheCommandLine() throws Exception {
        run("mark", "sqlbolt", "done");
        Path file = work.resolve("progress.json");
        assertEquals(0, run("export", file.toString()), err);
        assertTrue(out.startsWith("Exported 1 resources, 0 skill ratings and 0 projects to " + file), out);
        run("mark", "missing-semester", "done");
        assertEquals(0, run("import", file.toString()), err);
        assertTrue(out.contains("The progress before the import is in "), out);
        assertEquals(Status.NOT_STARTED, ProgressStore.readOnlySnapshot(data).statusOf("missing-semester"));
        assertEquals(0, run("backup"), err);
        run("mark", "pro-git", "done");
        assertEquals(0, run("restore"), err);
        assertTrue(out.startsWith("Restored the backup from "), out);
        assertEquals(Status.NOT_STARTED, ProgressStore.readOnlySnapshot(data).statusOf("pro-git"));
        assertEquals(Status.DONE, ProgressStore.readOnlySnapshot(data).statusOf("sqlbolt"));
        Files.writeString(work.resolve("broken.json"), "{\"format\": \"something\"}");
        assertEquals(1, run("import", work.resolve("broken.json").toString()));
        assertTrue(err.contains("has 2 problems; nothing was imported:"), err);
        assertTrue(err.contains("\"format\" must be \"pathwise-progress\""), err);
        assertEquals(Status.DONE, ProgressStore.readOnlySnapshot(data).statusOf("sqlbolt"));
        Path csv = work.resolve("progress.csv");
        assertEquals(0, run("export", csv.toString()), err);
        assertTrue(Files.readString(csv).contains("sqlbolt,SQLBolt interactive lessons,done,"), Files.readString(csv));
    }

    @Test
    void aBadCurriculumNeverTouchesProgress() throws Exception {
        run("mark", "sqlbolt", "done");
        Path bad = Fixtures.bad("trapped-cycle", work.resolve("bad"));
        assertEquals(1, run("--curriculum", bad.toString(), "mark", "basics", "done"));
        assertTrue(err.startsWith("pathwise: 1 problem in " + bad), err);
        assertTrue(err.contains("Your progress was not touched."), err);
        assertEquals(Status.DONE, ProgressStore.readOnlySnapshot(data).statusOf("sqlbolt"));
    }

    @Test
    void numbersAtTheEdgesAreRefusedAtTheDoorAndDatesStayBounded() throws Exception {
        // Small slips and corrections plan fine (they once overflowed the dates).
        for (String h : List.of("0.1", "0.2", "-0.3")) {
            assertEquals(0, run("hours", "sqlbolt", h), err);
        }
        assertEquals(0, run("plan"), err);
        assertEquals(0, run("next"), err);
        // Absurd numbers are refused, in words.
        for (String h : List.of("1e308", "1e-300", "Infinity", "NaN", "1001")) {
            assertEquals(1, run("hours", "sqlbolt", h), h);
            assertTrue(err.contains("Hours must be a number other than 0") || err.contains("not a number"), err);
        }
        assertEquals(1, run("set", "weekly-hours", "0.001"));
        assertTrue(err.contains("Weekly hours must be from 0.5 to 100, not 0.001"), err);
        assertEquals(1, run("plan", "--weekly-hours", "1e-9"));
        assertTrue(err.contains("not 1.00e-09"), err);
        // What export writes, import takes back.
        Path file = work.resolve("edge.json");
        assertEquals(0, run("export", file.toString()), err);
        assertEquals(0, run("import", file.toString()), err);
        assertFalse(out.contains("9223372036854775807") || err.contains("9223372036854775807"));
    }

    @Test
    void badImportFilesAreRefusedWithALocatedMessageNeverJavaInternals() throws Exception {
        Path nulls = java.nio.file.Files.writeString(work.resolve("nulls.json"), "{\"format\": \"pathwise-progress\", "
                + "\"version\": 1, \"resources\": [null], \"history\": [null], \"ratings\": [null]}");
        assertEquals(1, run("import", nulls.toString()));
        assertTrue(err.contains("resources[0] is null; expected an object"), err);
        assertTrue(err.contains("history[0] is null"), err);
        assertFalse(err.contains("Cannot invoke") || err.contains("java."), err);
        Path coerced = java.nio.file.Files.writeString(work.resolve("coerced.json"), "{\"format\": "
                + "\"pathwise-progress\", \"version\": 1.9, \"ratings\": [{\"skill\": \"python\", \"level\": 2.7, "
                + "\"updatedAt\": \"2026-11-01T00:00:00Z\"}]}");
        assertEquals(1, run("import", coerced.toString()));
        assertTrue(err.contains("coerced.json:1:"), err);
        Path cut = java.nio.file.Files.writeString(work.resolve("cut.json"), "{\"format\": \"pathwise-progress\", "
                + "\"version\": 1, \"resources\": [");
        assertEquals(1, run("import", cut.toString()));
        assertFalse(err.contains("Source") || err.contains("REDACTED") || err.contains("StreamReadFeature"), err);
        assertTrue(err.contains("the Array is not closed"), err);
        Path fifo = work.resolve("pipe.json");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assertEquals(1, run("import", fifo.toString()));
        assertTrue(err.contains("not a regular file"), err);
    }

    @Test
    void aDataFolderThatIsEmptyAFileOrUnusableGetsAReason() throws Exception {
        java.io.StringWriter o = new java.io.StringWriter();
        java.io.StringWriter e = new java.io.StringWriter();
        assertEquals(2, Cli.run(new String[] {"--data-dir", "", "status"}, new PrintWriter(o), new PrintWriter(e),
                g -> { }));
        assertEquals("pathwise: --data-dir is empty; name a folder.", e.toString().strip());
        Path file = java.nio.file.Files.writeString(work.resolve("a-file"), "x");
        java.io.StringWriter e2 = new java.io.StringWriter();
        assertEquals(1, Cli.run(new String[] {"--data-dir", file.toString(), "status"}, new PrintWriter(o),
                new PrintWriter(e2), g -> { }));
        assertTrue(e2.toString().contains("it is a file, not a folder"), e2.toString());
        java.io.StringWriter e3 = new java.io.StringWriter();
        assertEquals(1, Cli.run(new String[] {"--data-dir", "/proc/self/nope", "status"}, new PrintWriter(o),
                new PrintWriter(e3), g -> { }));
        assertFalse(e3.toString().contains("Exception"), e3.toString());
        assertTrue(e3.toString().matches("(?s)pathwise: Pathwise could not .*: [a-z ,]+\\..*"), e3.toString());
    }

    @Test
    void aFullDiskIsSaidInWordsAndProgressCanStillBeRead() throws Exception {
        Path fs = work.resolve("tiny");
        java.nio.file.Files.createDirectories(fs);
        boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", fs.toString())
                .redirectErrorStream(true).start().waitFor() == 0;
        org.junit.jupiter.api.Assumptions.assumeTrue(mounted, "needs root to mount a small tmpfs");
        try {
            Path data = fs.resolve("data");
            java.io.StringWriter o = new java.io.StringWriter();
            java.io.StringWriter e = new java.io.StringWriter();
            assertEquals(0, Cli.run(new String[] {"--data-dir", data.toString(), "mark", "sqlbolt", "done"},
                    new PrintWriter(o), new PrintWriter(e), g -> { }), e.toString());
            // Fill the disk to the last byte.
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(fs.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) {
                    out.write(block);
                    out.flush();
                }
            } catch (java.io.IOException full) {
                // The disk is full now.
            }
            java.io.StringWriter e2 = new java.io.StringWriter();
            StringBuilder notes = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                notes.append("a long note that needs pages of its own ");
            }
            int code = Cli.run(new String[] {"--data-dir", data.toString(), "note", "sqlbolt", notes.toString()},
                    new PrintWriter(o), new PrintWriter(e2), g -> { });
            assertTrue(code != 0, "a write on a full disk cannot succeed");
            assertTrue(e2.toString().contains("the disk is full"), e2.toString());
            assertFalse(e2.toString().contains("Exception") || e2.toString().contains("\tat "), e2.toString());
            java.io.StringWriter o3 = new java.io.StringWriter();
            java.io.StringWriter e3 = new java.io.StringWriter();
            int status = Cli.run(new String[] {"--data-dir", data.toString(), "status"}, new PrintWriter(o3),
                    new PrintWriter(e3), g -> { });
            // SQLite needs room for its shared memory even to read; if it has none, it says so in words.
            assertTrue(status == 0 ? o3.toString().contains("1 done") : e3.toString().contains("the disk is full"),
                    o3 + " / " + e3);
            assertFalse(e3.toString().contains("SQLITE_"), e3.toString());
        } finally {
            new ProcessBuilder("umount", "-l", fs.toString()).start().waitFor();
        }
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
