package org.pathwise.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Test curricula: the minimal valid one, and bad ones made of it plus the files of one case. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path resourceDir(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the minimal curriculum in {@code target}. */
    public static Path minimal(Path target) {
        copyFiles(resourceDir("minimal"), target);
        return target;
    }

    /** The minimal curriculum with the files of {@code bad/<name>} laid over it. */
    public static Path bad(String name, Path target) {
        minimal(target);
        copyFiles(resourceDir("bad/" + name), target);
        return target;
    }

    private static void copyFiles(Path from, Path to) {
        try {
            Files.createDirectories(to);
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem lines for a folder, with the folder's path cut off so they read "file:line:col: …". */
    public static List<String> problems(Path dir) {
        return problems(dir, new CurriculumLoader());
    }

    public static List<String> problems(Path dir, CurriculumLoader loader) {
        try {
            loader.load(CurriculumSource.folder(dir));
            return List.of();
        } catch (InvalidCurriculumException e) {
            String prefix = dir.toAbsolutePath().normalize() + java.io.File.separator;
            return e.problems().stream().map(p -> p.toString().replace(prefix, "")).toList();
        }
    }

    static InputStream open(String path) {
        return Fixtures.class.getResourceAsStream(path);
    }
}
