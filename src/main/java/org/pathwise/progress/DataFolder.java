package org.pathwise.progress;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the learner's data lives: {@code --data-dir}, else {@code PATHWISE_DATA_DIR}, else the
 * per-user data folder of the operating system.
 */
public final class DataFolder {
    public static final String ENVIRONMENT_VARIABLE = "PATHWISE_DATA_DIR";

    private DataFolder() {
    }

    public static Path resolve(Optional<Path> option, Map<String, String> env, String osName, String userHome) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENVIRONMENT_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData)
                    : home.resolve("AppData").resolve("Roaming")).resolve("Pathwise");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Pathwise");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("pathwise");
        }
        return home.resolve(".local").resolve("share").resolve("pathwise");
    }

    /** The data folder for this process, from the option and the real environment. */
    public static Path resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }
}
