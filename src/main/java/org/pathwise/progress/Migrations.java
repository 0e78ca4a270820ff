package org.pathwise.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The ordered SQL scripts that build the database; {@code PRAGMA user_version} says how many ran. */
final class Migrations {
    /** A script and the version the database has once it ran. */
    record Migration(int version, String name, String sql) {
        /** The script's statements; scripts keep to plain statements so a split on ';' is exact. */
        List<String> statements() {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : sql.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("--")) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    out.add(current.toString().strip());
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                out.add(current.toString().strip());
            }
            return out;
        }
    }

    private static final List<String> SCRIPTS = List.of("001-initial.sql");

    private Migrations() {
    }

    static List<Migration> builtIn() {
        List<Migration> list = new ArrayList<>();
        for (int i = 0; i < SCRIPTS.size(); i++) {
            String name = SCRIPTS.get(i);
            try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("migration " + name + " is missing from the application");
                }
                list.add(new Migration(i + 1, name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(list);
    }
}
