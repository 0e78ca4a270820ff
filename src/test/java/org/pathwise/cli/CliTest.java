package org.pathwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.catalog.Fixtures;

class CliTest {
    @TempDir
    Path data;
    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicReference<GlobalOptions> openedWith = new AtomicReference<>();

    private int run(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = data.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        return Cli.run(full, new PrintWriter(out), new PrintWriter(err), openedWith::set);
    }

    @Test
    void validateTheBuiltInCurriculumPrintsOneSummaryLine() {
        assertEquals(0, run("validate"));
        String printed = out.toString().strip();
        assertFalse(printed.contains("\n"), printed);
        assertTrue(printed.matches("OK: Machine-learning engineer \\d+\\.\\d+\\.\\d+ from the built-in curriculum: "
                + "16 skills, \\d+ resources, 4 projects, 5 roles, \\d+ prerequisite edges"), printed);
        assertEquals("", err.toString());
        assertEquals(null, openedWith.get());
    }

    @Test
    void validateABadFolderPrintsEveryProblemAndExitsOne() {
        Path dir = Fixtures.bad("many-problems", work);
        assertEquals(1, run("validate", dir.toString()));
        String[] lines = out.toString().strip().split("\\R");
        assertEquals(6, lines.length, out.toString());
        assertTrue(lines[0].startsWith(dir.resolve("curriculum.json") + ":3:9: "), lines[0]);
        assertEquals("6 problems in " + dir + "; nothing was loaded.", err.toString().strip());
        assertFalse(out.toString().contains("Exception"));
    }

    @Test
    void validateUsesTheGlobalCurriculumOptionWhenNoFolderIsGiven() {
        Path dir = Fixtures.minimal(work);
        assertEquals(0, run("--curriculum", dir.toString(), "validate"));
        assertTrue(out.toString().startsWith("OK: Tiny path 0.1.0 from " + dir + ": 2 skills, 4 resources, 1 projects,"
                + " 1 roles, 3 prerequisite edges"), out.toString());
    }

    @Test
    void aFolderThatDoesNotExistIsRefused() {
        assertEquals(1, run("validate", work.resolve("nowhere").toString()));
        assertEquals(work.resolve("nowhere") + ": no such folder", err.toString().strip());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("validate", "a", "b"));
        assertTrue(err.toString().contains("Unmatched argument"), err.toString());
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("--no-such-option"));
    }

    @Test
    void noCommandOpensTheWindowWithTheGlobalOptions() throws Exception {
        Path dir = Fixtures.minimal(work);
        assertEquals(0, run("--curriculum", dir.toString()));
        assertEquals(dir, openedWith.get().curriculumFolder().orElseThrow());
        assertEquals(data, openedWith.get().dataFolder());
    }

    @Test
    void theLogGoesToTheDataFolder() {
        assertEquals(0, run("validate"));
        assertTrue(Files.isDirectory(data.resolve("logs")));
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertEquals(0, Cli.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err), openedWith::set));
        assertTrue(out.toString().contains("validate"));
        assertTrue(out.toString().contains("--data-dir=DIR"));
        assertTrue(out.toString().contains("Exit codes:"));
        assertEquals(null, openedWith.get());
    }

    @Test
    void withoutADisplayTheWindowIsASentenceNotATrace() {
        java.io.StringWriter o = new java.io.StringWriter();
        java.io.StringWriter e = new java.io.StringWriter();
        java.util.concurrent.atomic.AtomicBoolean opened = new java.util.concurrent.atomic.AtomicBoolean();
        String before = System.getProperty("testfx.headless");
        System.clearProperty("testfx.headless");
        try {
            int code = Cli.run(new String[] {"--data-dir", data.toString()}, new PrintWriter(o), new PrintWriter(e),
                    g -> opened.set(true), java.util.Map.of("DISPLAY", "", "HOME", "/root"));
            if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
                assertEquals(1, code);
                assertFalse(opened.get());
                assertTrue(e.toString().startsWith("pathwise: the window needs a display"), e.toString());
                assertFalse(e.toString().contains("Exception"), e.toString());
            }
        } finally {
            if (before != null) {
                System.setProperty("testfx.headless", before);
            }
        }
    }
}
