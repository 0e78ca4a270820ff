package org.pathwise.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final String HOME = Path.of("/home/ada").toAbsolutePath().toString();

    @Test
    void optionWinsOverEnvironmentAndDefaults() {
        assertEquals(Path.of("/tmp/mine").toAbsolutePath(), DataFolder.resolve(Optional.of(Path.of("/tmp/mine")),
                Map.of("PATHWISE_DATA_DIR", "/elsewhere"), "Linux", HOME));
    }

    @Test
    void environmentVariableWinsOverDefaults() {
        assertEquals(Path.of("/elsewhere").toAbsolutePath(), DataFolder.resolve(Optional.empty(),
                Map.of("PATHWISE_DATA_DIR", "/elsewhere"), "Linux", HOME));
    }

    @Test
    void linuxFollowsXdg() {
        assertEquals(Path.of("/xdg/pathwise"), DataFolder.resolve(Optional.empty(),
                Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME));
        assertEquals(Path.of(HOME, ".local", "share", "pathwise"),
                DataFolder.resolve(Optional.empty(), Map.of(), "Linux", HOME));
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        assertEquals(Path.of(HOME, ".local", "share", "pathwise"),
                DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME));
    }

    @Test
    void windowsAndMac() {
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming", "Pathwise"), DataFolder.resolve(Optional.empty(),
                Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"), "Windows 11", HOME));
        assertEquals(Path.of(HOME, "Library", "Application Support", "Pathwise"),
                DataFolder.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME));
    }
}
