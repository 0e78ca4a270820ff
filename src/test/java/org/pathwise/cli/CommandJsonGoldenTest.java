package org.pathwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pathwise.GoldenFile;

/**
 * The JSON of {@code next}, {@code plan}, {@code gaps} and {@code projects} for the backend engineer of
 * {@code shared/personas.sh}, on a fixed day, held against files (docs/cli-json.md describes them).
 * A change of shape or content fails here; {@code -Dgolden.update=true} rewrites them after reading.
 */
class CommandJsonGoldenTest {

    @TempDir
    Path data;
    private Clock before;

    private String run(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "--data-dir";
        full[1] = data.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(full, new PrintWriter(out), new PrintWriter(err), g -> { });
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    @BeforeEach
    void backendEngineer() {
        before = PlanCommands.clock;
        PlanCommands.clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        run("rate", "python", "3");
        run("rate", "software-engineering", "3");
        run("rate", "data-engineering", "1");
        run("rate", "math", "1");
        run("set", "weekly-hours", "10");
    }

    @AfterEach
    void restoreClock() {
        PlanCommands.clock = before;
    }

    @ParameterizedTest
    @ValueSource(strings = {"next", "plan", "gaps", "projects"})
    void theJsonIsWhatTheDocsSay(String command) throws Exception {
        String actual = run(command, "--json");
        GoldenFile.assertMatches("cli/" + command + ".json", actual, "pathwise " + command + " --json changed; "
                + "update docs/cli-json.md if the shape changed, then");
    }
}
