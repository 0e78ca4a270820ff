package org.pathwise.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * This machine's window preferences — theme, window place, a curriculum folder's path — kept in a
 * small file beside the progress database, never in it: they are not exported, imported or
 * restored with progress, and saving the window place at quit does not mark progress as changed.
 * Saved atomically (a temporary file renamed over the old one). Values an older Pathwise kept in
 * the database are read once, when the file does not have them yet.
 */
public final class UiPreferences {
    public static final String FILE = "ui-preferences.properties";
    public static final String THEME = "theme";
    public static final String WINDOW = "window";
    public static final String CURRICULUM_FOLDER = "curriculum-folder";
    private static final Logger LOG = System.getLogger(UiPreferences.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    private UiPreferences(Path file) {
        this.file = file;
    }

    /** Reads the file in the data folder; a missing or unreadable one gives the legacy values, else defaults. */
    public static UiPreferences load(Path dataFolder, Map<String, String> legacy) {
        UiPreferences p = new UiPreferences(dataFolder.resolve(FILE));
        if (Files.isRegularFile(p.file)) {
            try (Reader r = Files.newBufferedReader(p.file, StandardCharsets.UTF_8)) {
                p.values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Logger.Level.WARNING, "window preferences unreadable; using defaults", e);
            }
        }
        for (String key : new String[] {THEME, WINDOW, CURRICULUM_FOLDER}) {
            String old = legacy.get(key);
            if (!p.values.containsKey(key) && old != null) {
                p.values.setProperty(key, old);
            }
        }
        return p;
    }

    public String theme() {
        String t = values.getProperty(THEME, "light");
        return t.equals("dark") ? "dark" : "light";
    }

    public Optional<String> window() {
        return Optional.ofNullable(values.getProperty(WINDOW)).filter(s -> !s.isBlank());
    }

    public Optional<Path> curriculumFolder() {
        try {
            return Optional.ofNullable(values.getProperty(CURRICULUM_FOLDER)).filter(s -> !s.isBlank()).map(Path::of);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public synchronized void set(String key, String value) {
        values.setProperty(key, value == null ? "" : value);
    }

    /** Writes the file atomically; a failure is logged, never shown: these are conveniences, not data. */
    public synchronized void save() {
        Path temp = file.resolveSibling("." + FILE + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(w, "Pathwise window preferences for this machine");
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Logger.Level.WARNING, "window preferences not saved", e);
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Nothing more to do.
            }
        }
    }
}
