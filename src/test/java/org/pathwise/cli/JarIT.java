package org.pathwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathwise.catalog.Fixtures;

/** The packaged jar, run as a learner would: from another folder, with no display. */
class JarIT {
    @TempDir
    Path cwd;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        return runWith(List.of(), args);
    }

    private Result runWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("pathwise.jar", "target/pathwise.jar")).toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-jar", jar.toString(), "--data-dir", cwd.resolve("data").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectOutput(cwd.resolve("out.txt").toFile()).redirectError(cwd.resolve("err.txt").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the jar did not finish");
        return new Result(p.exitValue(), Files.readString(cwd.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(cwd.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void validatesTheBuiltInCurriculumFromAnyFolderWithoutADisplay() throws Exception {
        Result r = run("validate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("OK: Machine-learning engineer "), r.out());
        assertEquals("", r.err());
    }

    @Test
    void badCurriculumExitsOneWithProblemLinesAndNoStackTrace() throws Exception {
        Path bad = Fixtures.bad("trapped-cycle", cwd.resolve("bad"));
        Result r = run("validate", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("resources.json:12:20: resource \"basics\": prerequisite cycle basics → ship-it"
                + " → deeper → basics"), r.out());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
    }

    @Test
    void progressWorksWhenTheTempFolderIsUnusable() throws Exception {
        // As with a noexec /tmp: the SQLite driver's native library must come from the data folder.
        Result r = runWith(List.of("-Djava.io.tmpdir=" + cwd.resolve("no-such-tmp")), "mark", "sqlbolt", "done");
        assertEquals(0, r.code(), r.err());
        assertEquals("Marked \"SQLBolt interactive lessons\" done.", r.out().strip());
        // The driver extracted its library there (and removed it at exit, as it does).
        assertTrue(Files.isDirectory(cwd.resolve("data").resolve("native")));
        Result status = run("status", "--json");
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains("\"done\" : 1"), status.out());
    }

    @Test
    void usageErrorExitsTwo() throws Exception {
        assertEquals(2, run("validate", "--frobnicate").code());
    }

    @Test
    void reportsItsVersionFromTheManifest() throws Exception {
        Result r = run("--version");
        assertEquals(0, r.code());
        // One version everywhere: the pom's (packaging/build.sh reads the same line for the .deb).
        assertEquals("Pathwise " + System.getProperty("pathwise.version"), r.out().strip());
    }
}
