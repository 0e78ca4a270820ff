package org.pathwise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A golden file under {@code src/test/resources/golden}: the test fails when the output differs from
 * what was read and signed off; {@code -Dgolden.update=true} rewrites the file after that reading.
 */
public final class GoldenFile {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private GoldenFile() {
    }

    /** {@code name} is relative to the golden folder, e.g. {@code scratch.txt} or {@code cli/plan.json}. */
    public static void assertMatches(String name, String actual, String whatChanged) throws IOException {
        Path file = ROOT.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, whatChanged
                + "; rerun with -Dgolden.update=true");
    }
}
