package org.pathwise.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the window needs from the command line: where the data lives and, if given, a curriculum
 * folder. The launcher builds it, so the window never depends on the command-line layer.
 */
public record LaunchOptions(Path dataFolder, Optional<Path> curriculumFolder) {
}
